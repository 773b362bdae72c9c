package cn.huzhong.care.app.feature.account;

import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.FakeVolunteers;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.ComplaintDto;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.domain.ComplaintStatus;
import cn.huzhong.care.core.domain.TaskStatus;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HelpTaskViewModelTest {
    final FakeVolunteers repo = new FakeVolunteers();
    final HelpTaskViewModel vm = new HelpTaskViewModel(5, repo, Messages.of(Lang.ZH), Fixtures.CLOCK, Runnable::run);

    /** A completed help the person may rate ({@code rated}: already rated) and complain about. */
    static TaskDto done(boolean rated) {
        TaskDto t = FakeVolunteers.task(5, TaskStatus.COMPLETED);
        return new TaskDto(t.id(), t.town(), t.townName(), t.kind(), t.kindName(), t.windowStart(), t.windowEnd(), t.when(),
                t.needed(), t.status(), "已完成", null, null, "志远", null, 2.0, "读了报纸。", rated ? 5 : null, null, null,
                null, null, false, false, false, !rated, true);
    }

    HelpTaskUiState.Content content() {
        return assertInstanceOf(HelpTaskUiState.Content.class, vm.state());
    }

    @Test
    void rating_needsStars_thenIsSentOnce_andSaysThanks() {
        repo.help.then(FakeRepositories.fresh(done(false)));
        vm.load();
        vm.rate();
        assertEquals("请选一个星级。", content().ratingError());
        assertTrue(repo.calls.stream().noneMatch(c -> c.startsWith("rate")));
        vm.ratingProperty().set(5);
        vm.commentProperty().set("  很耐心 ");
        repo.rate.then(done(true));
        vm.rate();
        assertTrue(repo.calls.stream().anyMatch(c -> c.startsWith("rate 5 5 很耐心 ")), repo.calls.toString());
        assertEquals("谢谢您的评价！", content().notice());
        assertFalse(content().task().canRate());
    }

    @Test
    void aComplaint_isWrittenInADialog_andGoesToStaff() {
        repo.help.then(FakeRepositories.fresh(done(true)));
        vm.load();
        vm.askToComplain();
        assertTrue(content().complaining());
        vm.complain();
        assertEquals("请填写此项。", content().bodyError());
        vm.complaintProperty().set("来之前没有打电话。");
        repo.complain.then(new ComplaintDto(1, 5, 7, "林志远", 3, "王秀兰", Town.HUZHONG, "来之前没有打电话。",
                ComplaintStatus.OPEN, "待处理", FakeVolunteers.START, null, null));
        vm.complain();
        assertFalse(content().complaining());
        assertEquals("投诉已提交，乡镇工作人员会处理并联系您。", content().notice());
        assertEquals("", vm.complaintProperty().get());
    }
}
