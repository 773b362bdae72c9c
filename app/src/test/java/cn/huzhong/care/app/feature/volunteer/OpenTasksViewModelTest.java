package cn.huzhong.care.app.feature.volunteer;

import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.FakeVolunteers;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.data.VolunteerRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenTasksViewModelTest {
    final FakeVolunteers repo = new FakeVolunteers();
    final Navigator nav = new Navigator(new Destination.Home());

    OpenTasksViewModel vm(Lang lang) {
        return new OpenTasksViewModel(repo, nav, Messages.of(lang), Fixtures.CLOCK, Runnable::run);
    }

    @Test
    void aVerifiedVolunteer_seesTheTasks_theCount_andTheirHours() {
        repo.open.then(FakeRepositories.fresh(new VolunteerRepository.OpenTasks(FakeVolunteers.volunteer(AccountStatus.ACTIVE,
                6.5), List.of(FakeVolunteers.open(1, HelpKind.SHOPPING), FakeVolunteers.open(2, HelpKind.SHOPPING)), 2)));
        OpenTasksViewModel vm = vm(Lang.ZH);
        vm.load();
        var c = assertInstanceOf(OpenTasksUiState.Content.class, vm.state());
        assertEquals("有 2 个任务在等志愿者", c.count());
        assertEquals("志愿时长共 6.5 小时", c.hours());
        assertEquals("全部乡镇 · 全部类型 · 任何日期", c.filterText());
        vm.open(2);
        assertEquals(new Destination.TaskDetail(2), nav.current());
    }

    @Test
    void theHours_readWellInEnglish() {
        repo.open.then(FakeRepositories.fresh(new VolunteerRepository.OpenTasks(FakeVolunteers.volunteer(AccountStatus.ACTIVE,
                1), List.of(FakeVolunteers.open(1, HelpKind.SHOPPING)), 1)));
        OpenTasksViewModel vm = vm(Lang.EN);
        vm.load();
        var c = assertInstanceOf(OpenTasksUiState.Content.class, vm.state());
        assertEquals("Your volunteer hours: 1 hour", c.hours());
        assertEquals("1 task is waiting for a volunteer", c.count());
        assertEquals("2.25 hours", TaskTexts.hours(Messages.of(Lang.EN), 2.25));
    }

    @Test
    void filters_narrowTheRead_andAnEmptyAnswerSaysToTryOthers() {
        var active = FakeVolunteers.volunteer(AccountStatus.ACTIVE, 0);
        repo.open.then(FakeRepositories.fresh(new VolunteerRepository.OpenTasks(active,
                List.of(FakeVolunteers.open(1, HelpKind.SHOPPING)), 1)));
        OpenTasksViewModel vm = vm(Lang.ZH);
        vm.load();
        vm.openFilters();
        assertTrue(((OpenTasksUiState.Content) vm.state()).filtersOpen());
        repo.open.then(FakeRepositories.fresh(new VolunteerRepository.OpenTasks(active, List.of(), 0)));
        vm.town(Town.HUYUAN);
        repo.open.then(FakeRepositories.fresh(new VolunteerRepository.OpenTasks(active, List.of(), 0)));
        vm.kind(HelpKind.SNOW_CLEARING);
        repo.open.then(FakeRepositories.fresh(new VolunteerRepository.OpenTasks(active, List.of(), 0)));
        vm.date(LocalDate.of(2026, 12, 2));
        assertEquals("open HUYUAN SNOW_CLEARING 2026-12-02", repo.calls.get(repo.calls.size() - 1));
        var c = assertInstanceOf(OpenTasksUiState.Content.class, vm.state());
        assertEquals("没有符合筛选条件的任务。可以改一改乡镇、类型或日期。", c.count());
        assertTrue(c.filterText().startsWith("呼源镇 · 清扫积雪 · "), c.filterText());
        assertTrue(c.filtersOpen(), "the filters stay open while they are being changed");
    }

    @Test
    void aVolunteerNotVerifiedYet_isToldTheyAreWaiting_withWhatTheyRegistered() {
        repo.open.then(FakeRepositories.fresh(new VolunteerRepository.OpenTasks(FakeVolunteers.volunteer(AccountStatus.PENDING,
                0), List.of(), 0)));
        OpenTasksViewModel vm = vm(Lang.ZH);
        vm.load();
        var p = assertInstanceOf(OpenTasksUiState.Pending.class, vm.state());
        assertTrue(p.text().contains("呼中镇、呼源镇"), p.text());
        assertTrue(p.text().contains("审核通过后"), p.text());
    }

    @Test
    void nothingOnThePhone_andNoServer_isAFailureToRetry() {
        repo.open.thenFail(Fixtures.offline());
        OpenTasksViewModel vm = vm(Lang.ZH);
        vm.load();
        assertInstanceOf(OpenTasksUiState.Failed.class, vm.state());
    }
}
