package cn.huzhong.care.app.feature.subsidies;

import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.PaymentDto;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class SubsidyDetailViewModelTest {
    final FakeRepositories repos = new FakeRepositories();

    @Test
    void chart_showsTheLast12Payments_oldestFirst() {
        List<PaymentDto> shown = SubsidyDetailViewModel.chartPayments(Fixtures.detail(1, 20));
        assertEquals(12, shown.size());
        assertEquals("2025-12", shown.get(0).period());
        assertEquals("2026-11", shown.get(11).period());
    }

    @Test
    void chartSummary_isTheChartInWords() {
        repos.subsidy.then(FakeRepositories.fresh(Fixtures.detail(1, 3)));
        SubsidyDetailViewModel vm = new SubsidyDetailViewModel(repos, Messages.of(Lang.ZH), 1, Fixtures.CLOCK, Runnable::run);
        vm.load();
        SubsidyDetailUiState.Content c = assertInstanceOf(SubsidyDetailUiState.Content.class, vm.state());
        assertEquals("图表：2026年9月至2026年11月共发放 3 次，合计 320.00 元，每次 80.00 元 到 160.00 元。", c.chartSummary());
        assertEquals(List.of("subsidy 1"), repos.calls);
    }

    @Test
    void chartSummary_inEnglish_withoutPayments() {
        repos.subsidy.then(FakeRepositories.fresh(Fixtures.detail(1, 0)));
        SubsidyDetailViewModel vm = new SubsidyDetailViewModel(repos, Messages.of(Lang.EN), 1, Fixtures.CLOCK, Runnable::run);
        vm.load();
        assertEquals("No payments yet, so there is no chart.",
                assertInstanceOf(SubsidyDetailUiState.Content.class, vm.state()).chartSummary());
    }
}
