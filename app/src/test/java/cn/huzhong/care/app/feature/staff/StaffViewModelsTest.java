package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.IndicatorDto;
import cn.huzhong.care.core.api.PaymentDto;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.core.api.RequestTransition;
import cn.huzhong.care.core.api.ResidentSearch;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.api.ServiceRequestSummary;
import cn.huzhong.care.core.api.StaffQueues;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.BenefitPeriod;
import cn.huzhong.care.core.domain.IndicatorCode;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff view models without a toolkit, over a fake repository: what they show, what they send, and when not. */
class StaffViewModelsTest {
    final FakeStaff staff = new FakeStaff();
    final Messages zh = Messages.of(Lang.ZH);
    final Navigator nav = new Navigator(new Destination.Home());

    static ServiceRequestDetail request(RequestStatus status) {
        return new ServiceRequestDetail(new ServiceRequestSummary(11, 9, ServiceRequestType.HOME_VISIT, "上门探访",
                status, "…", null, LocalDate.parse("2026-11-20"), null), null, null, null, null, null, List.of(),
                false, false);
    }

    // ---- home ----

    @Test
    void home_saysHowMuchWaitsInEachQueue_emptyOnesToo() {
        staff.own = Town.HUZHONG;
        staff.queues = new StaffQueues(Town.HUZHONG, 3, 0, 2, 1, 4, 0, 0, 0);
        StaffHomeViewModel vm = new StaffHomeViewModel(staff, nav, zh, Fixtures.CLOCK, Runnable::run);
        vm.load();
        StaffHomeUiState.Content c = assertInstanceOf(StaffHomeUiState.Content.class, vm.state());
        assertEquals("呼中镇的待办", c.scope());
        assertEquals(8, c.queues().size());
        assertEquals("新的服务申请，3 件等待处理", c.queues().get(0).spoken());
        assertEquals("暂无待办", c.queues().get(1).count());
        assertTrue(!c.queues().get(1).waiting() && c.queues().get(0).waiting());
        // town staff have no filter: choosing a town changes nothing
        vm.chooseTown("BISHUI");
        assertEquals(List.of("queues null"), staff.calls);
        vm.open(Destination.StaffQueueKind.TASKS);
        assertEquals(new Destination.StaffQueue(Destination.StaffQueueKind.TASKS, null), nav.current());
    }

    @Test
    void home_districtStaff_chooseATown_andTheQueuesFollowIt() {
        staff.queues = new StaffQueues(null, 1, 1, 1, 1, 1, 1, 0, 0);
        StaffHomeViewModel vm = new StaffHomeViewModel(staff, nav, Messages.of(Lang.EN), Fixtures.CLOCK, Runnable::run);
        vm.load();
        assertEquals("Work for all four towns", ((StaffHomeUiState.Content) vm.state()).scope());
        assertTrue(((StaffHomeUiState.Content) vm.state()).district());
        vm.chooseTown("BISHUI");
        assertEquals(List.of("queues null", "queues BISHUI"), staff.calls);
        assertEquals("Work for Bishui Town", ((StaffHomeUiState.Content) vm.state()).scope());
        vm.open(Destination.StaffQueueKind.VOLUNTEERS);
        assertEquals(new Destination.StaffQueue(Destination.StaffQueueKind.VOLUNTEERS, Town.BISHUI), nav.current());
    }

    // ---- a request ----

    StaffRequestViewModel requestVm(RequestStatus status) {
        staff.request = request(status);
        StaffRequestViewModel vm = new StaffRequestViewModel(new Destination.StaffRequest(9, 11, "刘桂兰"), staff, nav, zh,
                Fixtures.CLOCK, Runnable::run);
        vm.load();
        return vm;
    }

    @Test
    void request_new_isAccepted_thenThePlanIsRequired() {
        StaffRequestViewModel vm = requestVm(RequestStatus.SUBMITTED);
        StaffRequestUiState.Content c = (StaffRequestUiState.Content) vm.state();
        assertEquals(RequestStatus.ACCEPTED, c.move().to());
        assertEquals("受理申请", c.move().label());
        vm.moveOn();
        assertTrue(((StaffRequestUiState.Content) vm.state()).sending());
        staff.next.complete(request(RequestStatus.ACCEPTED));
        c = (StaffRequestUiState.Content) vm.state();
        assertEquals("已受理。下一步请写服务方案。", c.notice());
        assertTrue(c.needsPlan());

        staff.next = new java.util.concurrent.CompletableFuture<>();
        vm.moveOn();
        assertEquals("请先写好服务方案。", ((StaffRequestUiState.Content) vm.state()).planError());
        assertEquals(1, staff.calls.stream().filter(x -> x.startsWith("transition")).count(), "nothing sent");
        vm.planProperty().set("  每周二上门  ");
        vm.moveOn();
        RequestTransition sent = (RequestTransition) staff.sent.get(staff.sent.size() - 1);
        assertEquals(new RequestTransition(RequestStatus.PLANNED, null, "每周二上门", null), sent);
    }

    @Test
    void request_reject_needsAReason_isConfirmedInADialog_andARetryKeepsItsKey() {
        StaffRequestViewModel vm = requestVm(RequestStatus.ACCEPTED);
        vm.askToReject();
        assertEquals(StaffRequestUiState.Dialog.REJECT, ((StaffRequestUiState.Content) vm.state()).dialog());
        vm.confirmReject();
        assertEquals("请写明原因。", ((StaffRequestUiState.Content) vm.state()).reasonError());
        assertTrue(staff.calls.stream().noneMatch(x -> x.startsWith("transition")));
        vm.reasonProperty().set("不在服务范围");
        vm.confirmReject();
        staff.next.completeExceptionally(new cn.huzhong.care.app.data.ApiFailure.Unreachable("down", null));
        StaffRequestUiState.Content failed = (StaffRequestUiState.Content) vm.state();
        assertEquals(StaffRequestUiState.Dialog.REJECT, failed.dialog(), "the dialog stays open with the error");
        assertNotNull(failed.error());
        staff.next = new java.util.concurrent.CompletableFuture<>();
        vm.confirmReject();
        assertEquals(staff.keys.get(0), staff.keys.get(1), "a retry of the same action sends the same key");
        assertEquals(new RequestTransition(RequestStatus.REJECTED, null, null, "不在服务范围"), staff.sent.get(1));
        staff.next.complete(request(RequestStatus.REJECTED));
        StaffRequestUiState.Content done = (StaffRequestUiState.Content) vm.state();
        assertEquals(StaffRequestUiState.Dialog.NONE, done.dialog());
        assertNull(done.move());
        assertTrue(!done.canReject() && !done.open());
    }

    @Test
    void request_closed_offersNothing() {
        StaffRequestUiState.Content c = (StaffRequestUiState.Content) requestVm(RequestStatus.COMPLETED).state();
        assertNull(c.move());
        assertTrue(!c.canReject() && !c.open());
        StaffRequestViewModel vm = requestVm(RequestStatus.COMPLETED);
        vm.askToReject();
        vm.askForProvider();
        assertEquals(StaffRequestUiState.Dialog.NONE, ((StaffRequestUiState.Content) vm.state()).dialog());
    }

    @Test
    void request_everyStatus_isExplainedToStaff_notInTheResidentsWords() {
        staff.request = request(RequestStatus.SUBMITTED);
        for (Lang lang : Lang.values()) {
            Messages m = Messages.of(lang);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (RequestStatus st : RequestStatus.values()) {
                StaffRequestViewModel vm = new StaffRequestViewModel(new Destination.StaffRequest(9, 11, "刘桂兰"), staff,
                        nav, m, Fixtures.CLOCK, Runnable::run);
                String guide = vm.content(request(st), null, null).guide();
                assertTrue(guide != null && !guide.isBlank() && !guide.startsWith("staff."), lang + " " + st + ": " + guide);
                assertTrue(!guide.contains("您") && !guide.toLowerCase(java.util.Locale.ROOT).contains("your "),
                        "staff are not addressed as the resident: " + guide);
                assertTrue(seen.add(guide), "each status its own sentence: " + guide);
            }
        }
        assertEquals("新申请，还没有人受理。请受理，或说明理由不予受理。",
                ((StaffRequestUiState.Content) requestVm(RequestStatus.SUBMITTED).state()).guide());
    }

    // ---- an application ----

    static SubsidyDetail application(ApplicationStep step, LocalDate submitted, List<PaymentDto> payments) {
        return new SubsidyDetail(new SubsidySummary(12, 9, BenefitKind.values()[0], "困难残疾人生活补贴", step, "…", null,
                null, 8000, BenefitPeriod.values()[0], "80.00 元/月", submitted), List.of(), payments, 0, null, null, null);
    }

    @Test
    void application_paymentMonths_areTheLastThreeNotPaid_notBeforeItWasFiled() {
        // the clock reads 28 November 2026
        staff.application = application(ApplicationStep.PAYING, LocalDate.parse("2026-10-05"),
                List.of(new PaymentDto("2026-11", 8000, LocalDate.parse("2026-11-10"))));
        StaffApplicationViewModel vm = new StaffApplicationViewModel(new Destination.StaffApplication(9, 12, "刘桂兰"),
                staff, zh, Fixtures.CLOCK, Runnable::run);
        vm.load();
        StaffApplicationUiState.Content c = (StaffApplicationUiState.Content) vm.state();
        assertEquals(List.of("2026-10"), c.months());
        assertNull(c.advance());
        vm.askToPay();
        vm.confirmPay();
        assertEquals(List.of("application 12", "pay 2026-10"), staff.calls);
    }

    @Test
    void application_inReview_movesOnToItsNextStep() {
        staff.application = application(ApplicationStep.TOWN_REVIEW, LocalDate.parse("2026-11-01"), List.of());
        StaffApplicationViewModel vm = new StaffApplicationViewModel(new Destination.StaffApplication(9, 12, "刘桂兰"),
                staff, zh, Fixtures.CLOCK, Runnable::run);
        vm.load();
        StaffApplicationUiState.Content c = (StaffApplicationUiState.Content) vm.state();
        assertEquals("审核通过，进入“区残联审核”", c.advance());
        assertTrue(c.canReject() && c.months().isEmpty());
        vm.advance();
        staff.next.complete(application(ApplicationStep.FEDERATION_REVIEW, LocalDate.parse("2026-11-01"), List.of()));
        assertEquals("已进入下一步：区残联审核。", ((StaffApplicationUiState.Content) vm.state()).notice());
    }

    // ---- search ----

    @Test
    void search_byNumber_checksItFirst_andSendsItOnlyInTheBody() {
        StaffSearchViewModel vm = new StaffSearchViewModel(staff, nav, zh, Fixtures.CLOCK, Runnable::run);
        vm.byNumber(true);
        vm.queryProperty().set("2327641234");
        vm.search();
        assertNotNull(((StaffSearchUiState.Searching) vm.state()).fieldError());
        assertTrue(staff.calls.isEmpty(), "a malformed number is never sent");
        vm.byNumber(false);
        vm.queryProperty().set(" 王 ");
        staff.found = new Page<>(List.of(new PersonRef(1, "王秀兰", Town.HUZHONG, "呼中镇", "232764********0215**", false,
                null)), 1, 20, 1);
        vm.search();
        assertEquals(new ResidentSearch(null, "王"), staff.sent.get(0));
        StaffSearchUiState.Searching s = (StaffSearchUiState.Searching) vm.state();
        assertEquals("找到 1 人", s.summary());
        assertEquals("232764********0215**", s.results().get(0).certificateMasked());
        vm.open(s.results().get(0));
        assertEquals(new Destination.Audit(1L, "王秀兰"), nav.current());
    }

    // ---- indicators ----

    @Test
    void indicators_barsAndTheirSentences() {
        staff.own = Town.HUZHONG;
        IndicatorsViewModel vm = new IndicatorsViewModel(staff, zh, Fixtures.CLOCK, Runnable::run);
        IndicatorCode[] codes = IndicatorCode.values();
        IndicatorsUiState.Bar share = vm.bar(new IndicatorDto(codes[0], "康复服务覆盖率", "…", 17, 20, 85.0, 85, null, true,
                "康复服务覆盖率 85.0%（17/20），目标 85%，已达到。"));
        assertEquals(0.85, share.share(), 1e-9);
        assertEquals(0.85, share.target(), 1e-9);
        assertEquals("85.0%", share.value());
        assertEquals("康复服务覆盖率 85.0%（17/20），目标 85%，已达到。", share.sentence());
        IndicatorsUiState.Bar count = vm.bar(new IndicatorDto(codes[codes.length - 1], "无障碍改造", "…", 48, 0, null, null,
                96, false, "无障碍改造 48 户，目标 96 户。"));
        assertEquals(0.5, count.share(), 1e-9);
        assertEquals("48 户（目标 96 户）", count.value());
        IndicatorsUiState.Bar none = vm.bar(new IndicatorDto(codes[0], "x", "…", 0, 0, null, 85, null, null, "x"));
        assertEquals(0, none.share(), 1e-9);
        assertEquals("暂无数据", none.value());
    }
}
