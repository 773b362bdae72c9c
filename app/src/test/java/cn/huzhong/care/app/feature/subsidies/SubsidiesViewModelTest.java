package cn.huzhong.care.app.feature.subsidies;

import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.app.shell.Freshness;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubsidiesViewModelTest {
    final FakeRepositories repos = new FakeRepositories();
    final Navigator navigator = new Navigator(new Destination.Home());
    final SubsidiesViewModel vm = new SubsidiesViewModel(repos, navigator, Messages.of(Lang.ZH), Fixtures.CLOCK, Runnable::run);

    @Test
    void cachedData_isShownMarkedWithItsAge() {
        Instant saved = Instant.parse("2026-11-27T01:00:00Z");
        var items = List.of(Fixtures.summary(3, BenefitKind.LIVING_SUBSIDY, "困难残疾人生活补贴", ApplicationStep.PAYING));
        repos.subsidies.then(FakeRepositories.cached(items, saved));
        vm.load();
        SubsidiesUiState.Content c = assertInstanceOf(SubsidiesUiState.Content.class, vm.state());
        assertEquals(items, c.items().stream().map(SubsidiesUiState.Row::item).toList());
        assertEquals(Freshness.State.OFFLINE, c.freshness().state());
        assertEquals("暂时连不上服务器。这是 1 天前（11月27日（周五）上午9:00）保存的内容。", c.freshness().note());
        assertTrue(c.freshness().offerReload());
    }

    @Test
    void waiting_thenFailing_saysWhyInWords() {
        var pending = repos.subsidies.thenWait();
        vm.load();
        assertInstanceOf(SubsidiesUiState.Loading.class, vm.state());
        pending.nothingCached();
        assertInstanceOf(SubsidiesUiState.Loading.class, vm.state());
        pending.fail(new java.util.concurrent.CompletionException(Fixtures.offline()));
        assertTrue(assertInstanceOf(SubsidiesUiState.Failed.class, vm.state()).message().contains("12385"));
    }

    @Test
    void open_andFinder_navigate() {
        vm.open(42);
        assertEquals(new Destination.SubsidyDetail(42), navigator.current());
        vm.openFinder();
        assertEquals(new Destination.BenefitFinder(), navigator.current());
    }

    @Test
    void resultsAfterLeaving_areDropped() {
        var pending = repos.subsidies.thenWait();
        vm.load();
        vm.dispose();
        pending.complete(FakeRepositories.fresh(List.of()));
        assertInstanceOf(SubsidiesUiState.Loading.class, vm.state());
    }
}
