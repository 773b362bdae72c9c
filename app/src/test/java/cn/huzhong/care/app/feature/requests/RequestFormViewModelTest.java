package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.data.Submission;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.ApiProblem;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.domain.ModificationItem;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.domain.TimeOfDay;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.request.RequestField;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestFormViewModelTest {
    /** 10:00 on Saturday 28 November 2026 in Huzhong. */
    final Clock clock = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);
    final LocalDate today = LocalDate.of(2026, 11, 28);
    final FakeRepositories.FakeOutbox outbox = new FakeRepositories.FakeOutbox();
    final Navigator navigator = new Navigator(new Destination.Home());

    RequestFormViewModel vm(ServiceRequestType type, FakeRepositories.Sessions sessions) {
        navigator.go(new Destination.Requests());
        navigator.go(new Destination.RequestTypes());
        navigator.go(new Destination.RequestForm(type));
        return new RequestFormViewModel(type, outbox, sessions, navigator, Messages.of(Lang.ZH), clock, Runnable::run);
    }

    RequestFormViewModel vm(ServiceRequestType type) {
        return vm(type, new FakeRepositories.Sessions(Fixtures.residentSession()));
    }

    @Test
    void form_hasTheFieldsOfItsType_inCoresOrder() {
        assertEquals(List.of(RequestField.DESCRIPTION, RequestField.START_DATE, RequestField.DAYS, RequestField.CONTACT_PHONE),
                List.copyOf(vm(ServiceRequestType.RESPITE_CARE).state().fields().keySet()));
        assertEquals(List.of(RequestField.DESCRIPTION, RequestField.MODIFICATION_ITEMS, RequestField.HOME_OWNERSHIP),
                List.copyOf(vm(ServiceRequestType.HOME_MODIFICATION).state().fields().keySet()));
    }

    @Test
    void emptyForm_everyRequiredFieldSaysSo_andFocusGoesToTheFirst() {
        RequestFormViewModel vm = vm(ServiceRequestType.HOME_VISIT);
        vm.check();
        RequestFormUiState s = vm.state();
        assertEquals(RequestFormUiState.Stage.EDITING, s.stage());
        assertEquals(List.of(RequestField.DESCRIPTION, RequestField.PREFERRED_DATE), List.copyOf(s.errors().keySet()));
        assertEquals("请填写此项。", s.errors().get(RequestField.DESCRIPTION));
        assertEquals(RequestField.DESCRIPTION, s.focus());
        assertTrue(outbox.submittedRequests.isEmpty());
    }

    @Test
    void description_fourCharactersIsTooShort_fiveIsEnough() {
        RequestFormViewModel vm = vm(ServiceRequestType.OTHER);
        vm.descriptionProperty().set("  需要帮助  ");
        vm.check();
        assertEquals("至少 5 个字。", vm.state().errors().get(RequestField.DESCRIPTION));
        vm.descriptionProperty().set("需要人帮忙");
        vm.check();
        assertEquals(RequestFormUiState.Stage.CONFIRMING, vm.state().stage());
    }

    @Test
    void dates_todayIsTooSoon_tomorrowAndDay90Are_fine_day91IsTooLate() {
        RequestFormViewModel vm = vm(ServiceRequestType.HOME_VISIT);
        vm.descriptionProperty().set("冬天出门不方便。");
        for (LocalDate bad : List.of(today, today.plusDays(91))) {
            vm.preferredDateProperty().set(bad.toString());
            vm.check();
            assertEquals("请选择明天到 90 天以内的日期。", vm.state().errors().get(RequestField.PREFERRED_DATE), bad.toString());
            assertEquals(RequestField.PREFERRED_DATE, vm.state().focus());
        }
        for (LocalDate good : List.of(today.plusDays(1), today.plusDays(90))) {
            vm.preferredDateProperty().set(good.toString());
            vm.check();
            assertEquals(RequestFormUiState.Stage.CONFIRMING, vm.state().stage(), good.toString());
            vm.edit();
        }
    }

    @Test
    void dates_asPeopleTypeThem_areRead_andNonsenseIsSaid() {
        RequestFormViewModel vm = vm(ServiceRequestType.HOME_VISIT);
        vm.descriptionProperty().set("冬天出门不方便。");
        for (String typed : List.of("2026年12月1日", "2026/12/1", "２０２６－１２－０１", " 2026.12.01 ")) {
            vm.preferredDateProperty().set(typed);
            vm.check();
            assertEquals(RequestFormUiState.Stage.CONFIRMING, vm.state().stage(), typed);
            assertTrue(vm.state().summary().contains(new RequestFields.Line("希望哪天", "2026年12月1日")), typed);
            vm.edit();
        }
        for (String typed : List.of("明天", "2026-02-30", "12/1")) {
            vm.preferredDateProperty().set(typed);
            vm.check();
            assertEquals("请按“年-月-日”填写，例如 2026-12-01。", vm.state().errors().get(RequestField.PREFERRED_DATE), typed);
        }
    }

    @Test
    void respiteDays_rangeOneToFourteen_andWordsAreNotANumber() {
        RequestFormViewModel vm = vm(ServiceRequestType.RESPITE_CARE);
        vm.descriptionProperty().set("我要住院几天，请人照看孩子。");
        vm.startDateProperty().set(today.plusDays(3).toString());
        for (String days : List.of("0", "15", "五天")) {
            vm.daysProperty().set(days);
            vm.check();
            assertEquals("请填写 1 到 14 之间的数。", vm.state().errors().get(RequestField.DAYS), days);
        }
        vm.daysProperty().set("14");
        vm.check();
        assertEquals(RequestFormUiState.Stage.CONFIRMING, vm.state().stage());
    }

    @Test
    void optionalPhone_emptyIsFine_butAWrongNumberIsNot() {
        RequestFormViewModel vm = vm(ServiceRequestType.OTHER);
        vm.descriptionProperty().set("想问问无障碍改造的事。");
        vm.contactPhoneProperty().set("1390000");
        vm.check();
        assertEquals("请输入 11 位手机号码，例如 13900000001。", vm.state().errors().get(RequestField.CONTACT_PHONE));
        vm.contactPhoneProperty().set("139 0000 0001");
        vm.check();
        assertEquals(RequestFormUiState.Stage.CONFIRMING, vm.state().stage());
        assertTrue(vm.state().summary().contains(new RequestFields.Line("联系电话", "13900000001")), "spaces taken out");
    }

    @Test
    void choicesAndTicks_requiredOnesMustBeChosen() {
        RequestFormViewModel vm = vm(ServiceRequestType.HOME_MODIFICATION);
        vm.descriptionProperty().set("卫生间太窄，轮椅进不去。");
        vm.check();
        assertEquals(List.of(RequestField.MODIFICATION_ITEMS, RequestField.HOME_OWNERSHIP),
                List.copyOf(vm.state().errors().keySet()));
        vm.setModificationItem(ModificationItem.BATHROOM, true);
        vm.setModificationItem(ModificationItem.RAMP, true);
        vm.setModificationItem(ModificationItem.RAMP, false);
        vm.homeOwnershipProperty().set(cn.huzhong.care.core.domain.HomeOwnership.OWN);
        vm.check();
        assertEquals(RequestFormUiState.Stage.CONFIRMING, vm.state().stage());
        assertTrue(vm.state().summary().contains(new RequestFields.Line("需要改造的地方（可以选多项）", "卫生间（坐便、洗浴）")));
    }

    @Test
    void confirmThenSend_sentRequestOpensItsDetail_andBackGoesToTheList() {
        RequestFormViewModel vm = vm(ServiceRequestType.HOME_VISIT);
        vm.descriptionProperty().set("冬天出门不方便。");
        vm.preferredDateProperty().set("2026-12-02");
        vm.timeOfDayProperty().set(TimeOfDay.MORNING);
        vm.check();
        assertTrue(outbox.submittedRequests.isEmpty(), "checking sends nothing");
        outbox.requestAnswers.then(new Submission.Sent<>(Fixtures.requestDetail(81, ServiceRequestType.HOME_VISIT,
                RequestStatus.SUBMITTED)));
        vm.send();
        assertEquals(List.of(new CreateServiceRequest(ServiceRequestType.HOME_VISIT, "冬天出门不方便。",
                LocalDate.of(2026, 12, 2), TimeOfDay.MORNING, null, null, null, null, null, null, null, null, null)),
                outbox.submittedRequests);
        assertEquals(new Destination.RequestDetail(81, true), navigator.current());
        navigator.back();
        assertEquals(new Destination.Requests(), navigator.current());
    }

    @Test
    void sendTwice_sendsOnce() {
        RequestFormViewModel vm = vm(ServiceRequestType.OTHER);
        vm.descriptionProperty().set("需要人帮忙买药。");
        vm.check();
        outbox.requestAnswers.thenWait();
        vm.send();
        vm.send();
        assertEquals(RequestFormUiState.Stage.SENDING, vm.state().stage());
        assertEquals(1, outbox.submittedRequests.size());
    }

    @Test
    void offline_itWaitsOnThePhone_andTheListShowsIt() {
        RequestFormViewModel vm = vm(ServiceRequestType.OTHER);
        vm.descriptionProperty().set("需要人帮忙买药。");
        vm.check();
        outbox.requestAnswers.then(new Submission.Waiting<>(OutboxItem.request("k", 1, 7, Instant.EPOCH,
                CreateServiceRequest.of(ServiceRequestType.OTHER, "需要人帮忙买药。"))));
        vm.send();
        assertEquals(new Destination.Requests(), navigator.current());
        navigator.back();
        assertEquals(new Destination.Home(), navigator.current(), "the form is not returned to");
    }

    @Test
    void serversFieldErrors_goUnderTheirFields() {
        RequestFormViewModel vm = vm(ServiceRequestType.HOME_VISIT);
        vm.descriptionProperty().set("冬天出门不方便。");
        vm.preferredDateProperty().set("2026-12-02");
        vm.check();
        outbox.requestAnswers.then(new Submission.Refused<>(new ApiFailure.Invalid(Fixtures.problem(422, "填写的内容有误",
                "请按提示修改标出的项目。", new ApiProblem.FieldError("preferredDate", "dateAhead", "请选择明天到 90 天以内的日期。")))));
        vm.send();
        assertEquals(RequestFormUiState.Stage.EDITING, vm.state().stage());
        assertEquals("请选择明天到 90 天以内的日期。", vm.state().errors().get(RequestField.PREFERRED_DATE));
        assertEquals(RequestField.PREFERRED_DATE, vm.state().focus());
        assertNull(vm.state().formMessage());
    }

    @Test
    void carer_isToldForWhomTheyAsk() {
        RequestFormViewModel vm = vm(ServiceRequestType.RESPITE_CARE, new FakeRepositories.Sessions(Fixtures.carerSession()));
        assertEquals("刘洋", vm.state().forWhom());
        assertNull(vm(ServiceRequestType.OTHER).state().forWhom());
    }
}
