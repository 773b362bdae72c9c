package cn.huzhong.care.app.feature.volunteer;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.FakeVolunteers;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.domain.TaskStatus;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskDetailViewModelTest {
    final FakeVolunteers repo = new FakeVolunteers();
    final Navigator nav = new Navigator(new Destination.Home());
    final List<String> dialled = new ArrayList<>();

    TaskDetailViewModel vm(TaskStatus status) {
        nav.go(new Destination.TaskDetail(5));
        repo.task.then(FakeRepositories.fresh(FakeVolunteers.task(5, status)));
        TaskDetailViewModel vm = new TaskDetailViewModel(5, repo, nav, (name, number) -> dialled.add(name + " " + number),
                Messages.of(Lang.ZH), Fixtures.CLOCK, Runnable::run);
        vm.load();
        return vm;
    }

    TaskDetailUiState.Content content(TaskDetailViewModel vm) {
        return assertInstanceOf(TaskDetailUiState.Content.class, vm.state());
    }

    long sent(String what) {
        return repo.calls.stream().filter(c -> c.startsWith(what)).count();
    }

    @Test
    void accepting_isConfirmedFirst_thenSaysSo_andShowsThePerson() {
        TaskDetailViewModel vm = vm(TaskStatus.OPEN);
        assertNull(content(vm).task().person(), "no person before acceptance");
        vm.confirmAccept();
        assertEquals(0, sent("accept"), "not without asking");
        vm.askToAccept();
        assertEquals(TaskDetailUiState.Dialog.ACCEPT, content(vm).dialog());
        vm.keep();
        assertEquals(TaskDetailUiState.Dialog.NONE, content(vm).dialog());
        vm.askToAccept();
        repo.accept.then(FakeVolunteers.task(5, TaskStatus.ACCEPTED));
        vm.confirmAccept();
        assertEquals(1, sent("accept 5"));
        assertEquals("已接受。对方的电话和地址在下面，请按约定时间到达。", content(vm).notice());
        assertEquals(TaskDetailUiState.Dialog.NONE, content(vm).dialog());
        assertEquals("王德明", content(vm).task().person().name());
        vm.callPerson();
        assertEquals(List.of("王德明 13900001111"), dialled);
    }

    @Test
    void whenAnotherVolunteerWon_itIsSaidPlainly_andBackGoesToTheList() {
        TaskDetailViewModel vm = vm(TaskStatus.OPEN);
        vm.askToAccept();
        repo.accept.thenFail(new ApiFailure.Rejected(Fixtures.problem(409, "冲突", "这个任务已经有志愿者接受了。")));
        vm.confirmAccept();
        var taken = assertInstanceOf(TaskDetailUiState.Taken.class, vm.state());
        assertTrue(taken.message().contains("其他志愿者接受"), taken.message());
        vm.backToList();
        assertEquals(new Destination.Home(), nav.current());
    }

    @Test
    void aLostAnswer_isTriedAgainWithTheSameKey() {
        TaskDetailViewModel vm = vm(TaskStatus.OPEN);
        vm.askToAccept();
        repo.accept.thenFail(Fixtures.offline());
        vm.confirmAccept();
        assertTrue(content(vm).error().contains("连不上服务器"), content(vm).error());
        assertEquals(TaskDetailUiState.Dialog.ACCEPT, content(vm).dialog(), "the dialog stays, with the error in it");
        vm.confirmAccept();
        assertEquals(1, repo.calls.stream().filter(c -> c.startsWith("accept")).map(c -> c.split(" ")[2]).distinct().count());
    }

    @Test
    void completing_needsANote_andSendsTheHoursInQuarters() {
        TaskDetailViewModel vm = vm(TaskStatus.CHECKED_IN);
        assertEquals("8", vm.quartersProperty().get(), "the window's two hours, to start from");
        vm.complete();
        assertEquals("请填写此项。", content(vm).noteError());
        assertEquals(0, sent("complete"));
        vm.noteProperty().set("  买齐了米面和蔬菜。 ");
        vm.quartersProperty().set("6");
        repo.complete.then(FakeVolunteers.task(5, TaskStatus.COMPLETED));
        vm.complete();
        assertEquals("complete 5 买齐了米面和蔬菜。 1.5", repo.calls.get(repo.calls.size() - 1));
        assertEquals("已完成，记录了 1.5 小时。谢谢您的帮助！", content(vm).notice());
    }

    @Test
    void withdrawing_isConfirmed_andOnlyBeforeTheStart() {
        TaskDetailViewModel vm = vm(TaskStatus.ACCEPTED);
        vm.askToWithdraw();
        assertEquals(TaskDetailUiState.Dialog.WITHDRAW, content(vm).dialog());
        repo.withdraw.then(FakeVolunteers.task(5, TaskStatus.OPEN));
        vm.confirmWithdraw();
        assertEquals("已退出。任务已重新开放给其他志愿者。", content(vm).notice());
        assertNull(content(vm).task().person());

        TaskDetailViewModel started = vm(TaskStatus.CHECKED_IN);
        started.askToWithdraw();
        assertEquals(TaskDetailUiState.Dialog.NONE, content(started).dialog());
    }
}
