package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.AnswerDataCase;
import cn.huzhong.care.core.api.ComplaintDto;
import cn.huzhong.care.core.api.DataCaseDto;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.domain.ComplaintStatus;
import cn.huzhong.care.core.domain.DataCaseKind;
import cn.huzhong.care.core.domain.DataCaseStatus;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The complaint and personal-data queues and their screens' view models, over the fake repository. */
class StaffCasesViewModelTest {
    final FakeStaff staff = new FakeStaff();
    final Messages zh = Messages.of(Lang.ZH);
    final Navigator nav = new Navigator(new Destination.Home());
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-28T09:30:00+08:00");

    static ComplaintDto complaint(ComplaintStatus status, String body) {
        return new ComplaintDto(5, 41, 7, "林志远", 9, "王德明", Town.HUZHONG, body, status,
                status == ComplaintStatus.OPEN ? "待处理" : "已处理", AT, null, null);
    }

    static DataCaseDto dataCase(DataCaseKind kind, DataCaseStatus status) {
        return new DataCaseDto(3, 9, "王秀兰", Town.HUZHONG, kind, kind == DataCaseKind.CORRECTION ? "更正个人信息"
                : "删除个人信息", "我的手机号换了", status, "等待办理", AT, null, null, List.of(), List.of());
    }

    // ---- queues ----

    @Test
    void queues_complaintsAndDataCases_rowsSayWhoWhatWhere_andOpenTheirScreens() {
        String longBody = "志愿者说好下午两点来，结果四点才到，也没有提前打电话说一声，老人穿着棉袄一直在门口等着，冻得直哆嗦。";
        staff.complaints = new Page<>(List.of(complaint(ComplaintStatus.OPEN, longBody)), 1, 50, 1);
        StaffQueueViewModel vm = new StaffQueueViewModel(Destination.StaffQueueKind.COMPLAINTS, null, staff, nav, zh,
                Fixtures.CLOCK, Runnable::run);
        vm.load();
        StaffQueueUiState.Content c = assertInstanceOf(StaffQueueUiState.Content.class, vm.state());
        StaffQueueUiState.Row row = c.rows().get(0);
        assertEquals("对志愿者林志远的投诉", row.heading());
        assertEquals("投诉人：王德明", row.lines().get(0));
        String excerpt = row.lines().get(row.lines().size() - 1);
        assertTrue(excerpt.endsWith("…") && excerpt.codePointCount(0, excerpt.length()) == 41, excerpt);
        vm.open(row);
        assertEquals(new Destination.StaffComplaint(complaint(ComplaintStatus.OPEN, longBody)), nav.current());

        staff.dataCases = new Page<>(List.of(dataCase(DataCaseKind.DELETION, DataCaseStatus.OPEN)), 1, 50, 1);
        StaffQueueViewModel cases = new StaffQueueViewModel(Destination.StaffQueueKind.DATA_CASES, Town.BISHUI, staff,
                nav, zh, Fixtures.CLOCK, Runnable::run);
        cases.load();
        StaffQueueUiState.Row r = ((StaffQueueUiState.Content) cases.state()).rows().get(0);
        assertEquals("王秀兰", r.heading());
        assertEquals("删除个人信息", r.lines().get(0));
        assertTrue(staff.calls.contains("datacases BISHUI"), staff.calls.toString());
    }

    @Test
    void excerpt_keepsShortTextWhole_andCutsLongTextAtFortyCharacters() {
        assertEquals("太晚了", StaffQueueViewModel.excerpt("  太晚了 "));
        String forty = "一".repeat(40);
        assertEquals(forty, StaffQueueViewModel.excerpt(forty));
        assertEquals(forty + "…", StaffQueueViewModel.excerpt(forty + "二"));
        assertNull(StaffQueueViewModel.excerpt(null));
    }

    // ---- a complaint ----

    @Test
    void complaint_closing_needsAnOutcome_retriesWithTheSameKey_thenShowsItClosed() {
        StaffComplaintViewModel vm = new StaffComplaintViewModel(complaint(ComplaintStatus.OPEN, "来晚了"), staff, nav,
                zh, Fixtures.CLOCK, Runnable::run);
        StaffComplaintUiState.Content c = (StaffComplaintUiState.Content) vm.state();
        assertTrue(c.open());
        vm.close();
        assertEquals("请写明处理结果。", ((StaffComplaintUiState.Content) vm.state()).outcomeError());
        vm.outcomeProperty().set(" 好 ");
        vm.close();
        assertEquals("处理结果太短，请写清做了什么。", ((StaffComplaintUiState.Content) vm.state()).outcomeError());
        vm.outcomeProperty().set("x".repeat(StaffComplaintViewModel.OUTCOME_MAX + 1));
        vm.close();
        assertNotNull(((StaffComplaintUiState.Content) vm.state()).outcomeError());
        assertTrue(staff.calls.isEmpty(), "nothing sent: " + staff.calls);

        vm.outcomeProperty().set("x".repeat(StaffComplaintViewModel.OUTCOME_MAX));
        vm.close();
        assertTrue(((StaffComplaintUiState.Content) vm.state()).sending());
        staff.next.completeExceptionally(new ApiFailure.Unreachable("down", null));
        assertNotNull(((StaffComplaintUiState.Content) vm.state()).error());
        staff.next = new CompletableFuture<>();
        vm.outcomeProperty().set("已电话核实，提醒志愿者下次提前联系");
        vm.close();
        assertEquals(staff.keys.get(0), staff.keys.get(1), "a retry sends the same key");
        assertEquals("已电话核实，提醒志愿者下次提前联系", staff.sent.get(1));
        ComplaintDto closed = new ComplaintDto(5, 41, 7, "林志远", 9, "王德明", Town.HUZHONG, "来晚了",
                ComplaintStatus.CLOSED, "已处理", AT, AT.plusDays(1), "已电话核实，提醒志愿者下次提前联系");
        staff.next.complete(closed);
        StaffComplaintUiState.Content done = (StaffComplaintUiState.Content) vm.state();
        assertFalse(done.open());
        assertEquals("投诉已结案，处理结果已记入操作记录。", done.notice());
        assertEquals("", vm.outcomeProperty().get());
        vm.close();
        assertEquals(2, staff.calls.size(), "a closed complaint is not closed again");
    }

    @Test
    void complaint_leadsToTheVolunteerAndTheTask() {
        StaffComplaintViewModel vm = new StaffComplaintViewModel(complaint(ComplaintStatus.OPEN, "来晚了"), staff, nav,
                zh, Fixtures.CLOCK, Runnable::run);
        vm.openVolunteer();
        assertEquals(new Destination.StaffVolunteer(7), nav.current());
        vm.openTask();
        assertEquals(new Destination.StaffTask(41), nav.current());
    }

    // ---- a personal-data case ----

    StaffDataCaseViewModel caseVm(DataCaseKind kind) {
        return new StaffDataCaseViewModel(dataCase(kind, DataCaseStatus.OPEN), staff, zh, Fixtures.CLOCK, Runnable::run);
    }

    static StaffDataCaseUiState.Content state(StaffDataCaseViewModel vm) {
        return (StaffDataCaseUiState.Content) vm.state();
    }

    @Test
    void correction_needsOutcomeAnswerAndAValueToChange_andSendsOnlyWhatWasFilledIn() {
        StaffDataCaseViewModel vm = caseVm(DataCaseKind.CORRECTION);
        vm.send();
        assertEquals("请选择办理结果。", state(vm).errors().outcome());
        assertEquals("请写好给本人的答复。", state(vm).errors().answer());
        vm.choose(DataCaseStatus.DONE);
        vm.answerProperty().set("已核实，手机号已更新。");
        vm.send();
        assertEquals("请至少填写一项要更正的信息。", state(vm).errors().name());
        vm.phoneProperty().set("1391111333");
        vm.send();
        assertEquals("请填写 11 位手机号。", state(vm).errors().phone());
        assertTrue(staff.calls.isEmpty(), "nothing sent: " + staff.calls);

        vm.phoneProperty().set("139 1111 3333");
        vm.send();
        assertFalse(state(vm).confirming(), "a correction is not a deletion: no dialog");
        assertEquals(new AnswerDataCase(DataCaseStatus.DONE, "已核实，手机号已更新。",
                new AnswerDataCase.Corrections(null, "13911113333", null)), staff.sent.get(0));
    }

    @Test
    void refusedCorrection_sendsNoNewValues_evenIfSomeWereTyped() {
        StaffDataCaseViewModel vm = caseVm(DataCaseKind.CORRECTION);
        vm.choose(DataCaseStatus.DONE);
        vm.nameProperty().set("王秀");
        vm.choose(DataCaseStatus.REFUSED);
        vm.answerProperty().set("新号码无法核实，请带身份证到镇残联办理。");
        vm.send();
        assertEquals(new AnswerDataCase(DataCaseStatus.REFUSED, "新号码无法核实，请带身份证到镇残联办理。", null),
                staff.sent.get(0));
    }

    @Test
    void grantedDeletion_isConfirmedFirst_keepingSendsNothing_confirmingSends() {
        StaffDataCaseViewModel vm = caseVm(DataCaseKind.DELETION);
        vm.choose(DataCaseStatus.DONE);
        vm.answerProperty().set("已删除热线留言和站内消息；补贴发放记录依法保留。");
        vm.send();
        assertTrue(state(vm).confirming());
        vm.keep();
        assertFalse(state(vm).confirming());
        assertTrue(staff.calls.isEmpty());
        vm.send();
        vm.confirm();
        assertTrue(state(vm).sending());
        assertEquals(List.of("answer 3"), staff.calls);
        assertEquals(new AnswerDataCase(DataCaseStatus.DONE, "已删除热线留言和站内消息；补贴发放记录依法保留。", null),
                staff.sent.get(0));
        DataCaseDto answered = new DataCaseDto(3, 9, "王秀兰", Town.HUZHONG, DataCaseKind.DELETION, "删除个人信息",
                "我的手机号换了", DataCaseStatus.DONE, "已办理", AT, AT.plusDays(1), "已删除", List.of("热线留言 2 条"),
                List.of("补贴发放记录"));
        staff.next.complete(answered);
        StaffDataCaseUiState.Content done = state(vm);
        assertFalse(done.open() || done.confirming() || done.sending());
        assertEquals("已答复王秀兰，本人会收到消息。", done.notice());
    }

    @Test
    void refusedDeletion_needsNoConfirmation() {
        StaffDataCaseViewModel vm = caseVm(DataCaseKind.DELETION);
        vm.choose(DataCaseStatus.REFUSED);
        vm.answerProperty().set("您还有一笔补贴在办理中，办完后可以再申请。");
        vm.send();
        assertFalse(state(vm).confirming());
        assertEquals(List.of("answer 3"), staff.calls);
    }
}
