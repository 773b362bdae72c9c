package cn.huzhong.care.app.feature.finder;

import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FinderViewModelTest {
    final FakeRepositories repos = new FakeRepositories();
    final Navigator navigator = new Navigator(new Destination.Subsidies());
    final FinderViewModel vm = new FinderViewModel(repos, navigator, Messages.of(Lang.ZH), Fixtures.CLOCK, Runnable::run);

    private FinderUiState.Content content() {
        return assertInstanceOf(FinderUiState.Content.class, vm.state());
    }

    @Test
    void apply_asksFirst_thenFiles_thenReloads() {
        repos.finder.then(FakeRepositories.fresh(Fixtures.finder(BenefitKind.MULTI_DISABLED_HOUSEHOLD)))
                .then(FakeRepositories.fresh(Fixtures.finder()));
        repos.apply.then(Fixtures.detail(99, 0));
        vm.load();
        vm.askToApply(BenefitKind.MULTI_DISABLED_HOUSEHOLD);
        assertEquals(BenefitKind.MULTI_DISABLED_HOUSEHOLD, content().confirming());
        assertEquals(java.util.List.of("finder"), repos.calls, "nothing filed before confirming");
        vm.confirm();
        assertTrue(repos.calls.stream().anyMatch(c -> c.startsWith("apply MULTI_DISABLED_HOUSEHOLD ")));
        assertEquals("困难残疾人生活补贴", content().applied(), "says what was applied for");
        assertTrue(content().matches().isEmpty(), "the finder was asked again");
    }

    @Test
    void cancel_filesNothing() {
        repos.finder.then(FakeRepositories.fresh(Fixtures.finder(BenefitKind.NURSING_SUBSIDY)));
        vm.load();
        vm.askToApply(BenefitKind.NURSING_SUBSIDY);
        vm.cancel();
        assertNull(content().confirming());
        assertTrue(repos.calls.stream().noneMatch(c -> c.startsWith("apply")));
    }

    @Test
    void retryAfterAFailure_usesTheSameIdempotencyKey_soNothingIsFiledTwice() {
        repos.finder.then(FakeRepositories.fresh(Fixtures.finder(BenefitKind.NURSING_SUBSIDY)));
        repos.apply.thenFail(Fixtures.offline()).then(Fixtures.detail(5, 0));
        vm.load();
        vm.askToApply(BenefitKind.NURSING_SUBSIDY);
        vm.confirm();
        assertTrue(content().error().contains("没有提交成功"), content().error());
        assertEquals(BenefitKind.NURSING_SUBSIDY, content().confirming(), "still asking, so the person can retry");
        vm.confirm();
        var applies = repos.calls.stream().filter(c -> c.startsWith("apply")).toList();
        assertEquals(2, applies.size());
        assertEquals(applies.get(0), applies.get(1));
    }

    @Test
    void aNewApplication_getsANewKey() {
        repos.finder.then(FakeRepositories.fresh(Fixtures.finder(BenefitKind.NURSING_SUBSIDY)))
                .then(FakeRepositories.fresh(Fixtures.finder(BenefitKind.NURSING_SUBSIDY)));
        repos.apply.then(Fixtures.detail(5, 0)).then(Fixtures.detail(6, 0));
        vm.load();
        vm.askToApply(BenefitKind.NURSING_SUBSIDY);
        vm.confirm();
        vm.askToApply(BenefitKind.NURSING_SUBSIDY);
        vm.confirm();
        var applies = repos.calls.stream().filter(c -> c.startsWith("apply")).toList();
        assertNotEquals(applies.get(0), applies.get(1));
    }

    @Test
    void openSubsidies_navigates() {
        vm.openSubsidies();
        assertEquals(new Destination.Subsidies(), navigator.current());
    }
}
