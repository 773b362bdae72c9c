package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.CompleteTask;
import cn.huzhong.care.core.api.InboxMessage;
import cn.huzhong.care.core.api.NoteRequest;
import cn.huzhong.care.core.api.OpenTaskDto;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.ReasonRequest;
import cn.huzhong.care.core.api.RegisterVolunteer;
import cn.huzhong.care.core.api.SessionResponse;
import cn.huzhong.care.core.api.SignInRequest;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.api.VolunteerDetail;
import cn.huzhong.care.core.api.VolunteerDto;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.MessageKind;
import cn.huzhong.care.core.domain.TaskStatus;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.Tasks;
import cn.huzhong.care.server.support.TestServer;
import com.google.gson.reflect.TypeToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.huzhong.care.server.support.TestServer.STAFF_BISHUI;
import static cn.huzhong.care.server.support.TestServer.STAFF_HUZHONG;
import static cn.huzhong.care.server.support.TestServer.WANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** F10 end to end over HTTP: register, verify, accept, check in, complete, hours; withdraw; suspension. */
class VolunteerApiTest {
    static final java.lang.reflect.Type INBOX = new TypeToken<Page<InboxMessage>>() { }.getType();
    static final java.lang.reflect.Type VOLUNTEERS = new TypeToken<Page<VolunteerDto>>() { }.getType();

    static Http.Resp register(TestServer s, String name, String phone, String password, List<Town> towns) {
        return s.http.post(ApiPaths.VOLUNTEERS, new RegisterVolunteer(name, phone, password, towns,
                List.of(HelpKind.SHOPPING, HelpKind.SNOW_CLEARING)));
    }

    static Http signIn(TestServer s, String phone, String password) {
        Http.Resp r = s.http.post(ApiPaths.SESSIONS, new SignInRequest(phone, password));
        assertEquals(201, r.status(), r::toString);
        return s.http.as(r.as(SessionResponse.class).token());
    }

    @Test
    void registration_verification_acceptance_checkIn_completion_hoursGrow() {
        try (TestServer s = TestServer.start(true)) {
            Http.Resp reg = register(s, "马晓东", "13712345678", "snow-2026", List.of(Town.HUZHONG));
            assertEquals(201, reg.status(), reg::toString);
            VolunteerDto registered = reg.as(VolunteerDto.class);
            assertEquals(AccountStatus.PENDING, registered.status());
            assertEquals("137****5678", registered.phoneMasked());
            assertFalse(reg.body().contains("13712345678"), "the phone number is not echoed");

            // pending: can sign in and see their status, cannot see tasks yet
            Http volunteer = signIn(s, "13712345678", "snow-2026");
            assertEquals(AccountStatus.PENDING, volunteer.get(ApiPaths.ME_VOLUNTEER).as(VolunteerDto.class).status());
            Http.Resp early = volunteer.get(ApiPaths.OPEN_TASKS);
            assertEquals(403, early.status());
            assertEquals("account-not-active", early.problem().typeName());

            // staff of a town the volunteer does not serve neither see nor verify them
            assertEquals(404, s.as(STAFF_BISHUI).get(ApiPaths.fill(ApiPaths.VOLUNTEER, registered.id())).status());
            assertEquals(404, s.as(STAFF_BISHUI).post(ApiPaths.fill(ApiPaths.VOLUNTEER_VERIFY, registered.id()), null).status());
            Page<VolunteerDto> pending = s.as(STAFF_HUZHONG).get(ApiPaths.VOLUNTEERS + "?status=PENDING").as(VOLUNTEERS);
            assertTrue(pending.items().stream().anyMatch(v -> v.id() == registered.id()));
            VolunteerDetail detail = s.as(STAFF_HUZHONG).get(ApiPaths.fill(ApiPaths.VOLUNTEER, registered.id())).as(VolunteerDetail.class);
            assertEquals("13712345678", detail.phone(), "staff may call before verifying");

            Http.Resp verified = s.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.VOLUNTEER_VERIFY, registered.id()),
                    new NoteRequest("身份证已核对"));
            assertEquals(200, verified.status(), verified::toString);
            assertEquals(AccountStatus.ACTIVE, verified.as(VolunteerDto.class).status());
            assertEquals(409, s.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.VOLUNTEER_VERIFY, registered.id()), null).status(),
                    "only a pending volunteer can be verified");

            // a task for 王秀兰 tomorrow 9–11; the volunteer finds it and accepts it
            long wang = Tasks.residentOf(s, WANG);
            TaskDto task = Tasks.create(s.as(STAFF_HUZHONG), wang, HelpKind.SHOPPING, 1, 9);
            Page<OpenTaskDto> open = volunteer.get(ApiPaths.OPEN_TASKS + "?kind=SHOPPING&date=2026-11-19").as(Tasks.OPEN_PAGE);
            assertTrue(open.items().stream().anyMatch(t -> t.id() == task.id()));
            Page<OpenTaskDto> nextDay = volunteer.get(ApiPaths.OPEN_TASKS + "?date=2026-11-20").as(Tasks.OPEN_PAGE);
            assertTrue(nextDay.items().stream().noneMatch(t -> t.id() == task.id()), "the date filter");
            Page<OpenTaskDto> bishui = volunteer.get(ApiPaths.OPEN_TASKS + "?town=BISHUI").as(Tasks.OPEN_PAGE);
            assertTrue(bishui.items().isEmpty(), "not a town this volunteer serves");

            Http.Resp accepted = Tasks.post(volunteer, ApiPaths.TASK_ACCEPT, task.id(), null);
            assertEquals(200, accepted.status(), accepted::toString);
            TaskDto mine = accepted.as(TaskDto.class);
            assertEquals(TaskStatus.ACCEPTED, mine.status());
            assertEquals("王秀兰", mine.person().name(), "after acceptance: who");
            assertEquals("13900000001", mine.person().phone(), "contact");
            assertNotNull(mine.person().address(), "and address");
            assertTrue(mine.canWithdraw());
            Http.Resp retried = Tasks.post(volunteer, ApiPaths.TASK_ACCEPT, task.id(), null);
            assertEquals(200, retried.status(), "accepting again (a lost answer) answers the same");
            assertEquals(mine.acceptedAt(), retried.as(TaskDto.class).acceptedAt());
            assertFalse(mine.canCheckIn(), "too early to check in (tomorrow 9:00)");

            // check in: not at 7:59 tomorrow, yes at 8:00
            s.clock.advance(Duration.ofHours(21).plusMinutes(59));
            Http.Resp tooEarly = Tasks.post(volunteer, ApiPaths.TASK_CHECK_IN, task.id(), null);
            assertEquals(409, tooEarly.status());
            assertEquals("check-in-not-now", tooEarly.problem().typeName());
            assertEquals(409, Tasks.post(volunteer, ApiPaths.TASK_COMPLETE, task.id(), new CompleteTask("买好了", 1.0)).status(),
                    "cannot complete before checking in");
            s.clock.advance(Duration.ofMinutes(1));
            Http.Resp in = Tasks.post(volunteer, ApiPaths.TASK_CHECK_IN, task.id(), null);
            assertEquals(200, in.status(), in::toString);
            assertEquals(TaskStatus.CHECKED_IN, in.as(TaskDto.class).status());

            // complete: hours in quarter hours
            Http.Resp odd = Tasks.post(volunteer, ApiPaths.TASK_COMPLETE, task.id(), new CompleteTask("买好了", 1.1));
            assertEquals(422, odd.status());
            assertEquals("quarterHours", odd.problem().errors().get(0).code());
            assertEquals(422, Tasks.post(volunteer, ApiPaths.TASK_COMPLETE, task.id(), new CompleteTask(" ", 1.5)).status());
            assertEquals(422, Tasks.post(volunteer, ApiPaths.TASK_COMPLETE, task.id(), new CompleteTask("买好了", 12.25)).status());
            s.clock.advance(Duration.ofHours(2));
            Http.Resp done = Tasks.post(volunteer, ApiPaths.TASK_COMPLETE, task.id(),
                    new CompleteTask("米面和蔬菜已送到，放进了厨房", 2.5));
            assertEquals(200, done.status(), done::toString);
            assertEquals(TaskStatus.COMPLETED, done.as(TaskDto.class).status());
            assertEquals(2.5, done.as(TaskDto.class).hours());

            VolunteerDto after = volunteer.get(ApiPaths.ME_VOLUNTEER).as(VolunteerDto.class);
            assertEquals(2.5, after.totalHours());
            assertEquals(1, after.tasksCompleted());

            // a second task adds up
            TaskDto second = Tasks.create(s.as(STAFF_HUZHONG), wang, HelpKind.SNOW_CLEARING, 2, 9);
            assertEquals(200, Tasks.post(volunteer, ApiPaths.TASK_ACCEPT, second.id(), null).status());
            s.clock.advance(Duration.ofHours(22));
            assertEquals(200, Tasks.post(volunteer, ApiPaths.TASK_CHECK_IN, second.id(), null).status());
            assertEquals(200, Tasks.post(volunteer, ApiPaths.TASK_COMPLETE, second.id(), new CompleteTask("门口和院子的雪清完了", 0.75)).status());
            assertEquals(3.25, volunteer.get(ApiPaths.ME_VOLUNTEER).as(VolunteerDto.class).totalHours());
            Page<TaskDto> history = volunteer.get(ApiPaths.ME_TASKS + "?scope=done").as(Tasks.TASK_PAGE);
            assertEquals(List.of(second.id(), task.id()), history.items().stream().map(TaskDto::id).toList(), "newest first");

            // the person helped was told a volunteer will come, by first name, and that the help is done
            List<InboxMessage> inbox = s.as(WANG).get(ApiPaths.MESSAGES + "?size=50").<Page<InboxMessage>>as(INBOX).items();
            assertTrue(inbox.stream().anyMatch(m -> m.kind() == MessageKind.TASK_STATUS && m.body().contains("晓东")
                    && !m.body().contains("马晓东")), inbox::toString);
        }
    }

    @Test
    void registration_badInput_retry_andTakenPhone() {
        try (TestServer s = TestServer.start(false)) {
            Http.Resp bad = s.http.post(ApiPaths.VOLUNTEERS, new RegisterVolunteer("马", "12345", "12345678", List.of(), null));
            assertEquals(422, bad.status());
            assertEquals(List.of("name", "phone", "password", "towns", "kinds"),
                    bad.problem().errors().stream().map(e -> e.field()).toList());
            assertEquals(List.of("tooShort", "phone", "passwordDigitsOnly", "required", "required"),
                    bad.problem().errors().stream().map(e -> e.code()).toList());
            assertEquals(400, s.http.post(ApiPaths.VOLUNTEERS, "{\"name\":\"马晓东\",\"towns\":[\"SOMEWHERE\"]}").status(),
                    "an unknown town is a malformed body");

            Http.Resp first = register(s, "马晓东", "13712345678", "snow-2026", List.of(Town.HONGWEI, Town.HUYUAN));
            assertEquals(201, first.status());
            assertEquals(List.of(Town.HUYUAN, Town.HONGWEI), first.as(VolunteerDto.class).towns());
            Http.Resp retry = register(s, "马晓东", "137 1234 5678", "snow-2026", List.of(Town.HONGWEI, Town.HUYUAN));
            assertEquals(200, retry.status(), "a retry whose answer was lost gives back the registration");
            assertEquals("true", retry.header("Idempotent-Replayed"));
            assertEquals(first.as(VolunteerDto.class).id(), retry.as(VolunteerDto.class).id());
            Http.Resp taken = register(s, "另一个人", "13712345678", "another-pass", List.of(Town.HONGWEI));
            assertEquals(409, taken.status());
            assertEquals("phone-registered", taken.problem().typeName());
        }
    }

    @Test
    void withdraw_beforeTheStart_reopensTheTask_andTellsTheTownStaff() {
        try (TestServer s = TestServer.start(true)) {
            long wang = Tasks.residentOf(s, WANG);
            TaskDto task = Tasks.create(s.as(STAFF_HUZHONG), wang, HelpKind.HOME_VISIT, 1, 14);
            Http lin = s.as(TestServer.VOLUNTEER);
            assertEquals(200, Tasks.post(lin, ApiPaths.TASK_ACCEPT, task.id(), null).status());

            Http.Resp withdrawn = Tasks.post(lin, ApiPaths.TASK_WITHDRAW, task.id(), null);
            assertEquals(200, withdrawn.status(), withdrawn::toString);
            TaskDto reopened = s.as(STAFF_HUZHONG).get(ApiPaths.fill(ApiPaths.TASK, task.id())).as(TaskDto.class);
            assertEquals(TaskStatus.OPEN, reopened.status());
            assertNull(reopened.volunteerId());
            assertTrue(s.as(STAFF_HUZHONG).get(ApiPaths.TASKS).<Page<TaskDto>>as(Tasks.TASK_PAGE).items().stream()
                    .anyMatch(t -> t.id() == task.id()), "back in the queue of tasks without a volunteer");
            List<InboxMessage> staffInbox = s.as(STAFF_HUZHONG).get(ApiPaths.MESSAGES).<Page<InboxMessage>>as(INBOX).items();
            assertTrue(staffInbox.stream().anyMatch(m -> m.kind() == MessageKind.TASK_STATUS && m.linkId() == task.id()
                    && m.title().contains("退出")), staffInbox::toString);
            assertEquals(404, s.as(TestServer.VOLUNTEER).get(ApiPaths.fill(ApiPaths.TASK, 999_999)).status());

            // open again: it can be accepted again, and withdrawing once the window has started is refused
            assertEquals(200, Tasks.post(lin, ApiPaths.TASK_ACCEPT, task.id(), null).status());
            s.clock.advance(Duration.ofHours(28)); // tomorrow 14:00
            Http.Resp late = Tasks.post(lin, ApiPaths.TASK_WITHDRAW, task.id(), null);
            assertEquals(409, late.status());
            assertEquals("withdraw-too-late", late.problem().typeName());
        }
    }

    @Test
    void suspension_endsSessions_blocksSignIn_reopensTasks_reinstateRestores() {
        try (TestServer s = TestServer.start(true)) {
            long wang = Tasks.residentOf(s, WANG);
            TaskDto task = Tasks.create(s.as(STAFF_HUZHONG), wang, HelpKind.SHOPPING, 3, 10);
            Http lin = s.as(TestServer.VOLUNTEER);
            Http linOnAnotherPhone = signIn(s, TestServer.VOLUNTEER, "demo1234");
            assertEquals(200, Tasks.post(lin, ApiPaths.TASK_ACCEPT, task.id(), null).status());
            long linId = lin.get(ApiPaths.ME_VOLUNTEER).as(VolunteerDto.class).id();

            Http.Resp noReason = s.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.ACCOUNT_SUSPEND, linId), new ReasonRequest(""));
            assertEquals(422, noReason.status());
            Http.Resp suspended = s.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.ACCOUNT_SUSPEND, linId),
                    new ReasonRequest("多次投诉，暂停服务待核实"));
            assertEquals(200, suspended.status(), suspended::toString);

            assertEquals(401, lin.get(ApiPaths.ME).status(), "the session ended");
            assertEquals(401, linOnAnotherPhone.get(ApiPaths.ME_VOLUNTEER).status(), "every session ended");
            Http.Resp signIn = s.http.post(ApiPaths.SESSIONS, new SignInRequest(TestServer.VOLUNTEER, "demo1234"));
            assertEquals(403, signIn.status());
            assertEquals("account-not-active", signIn.problem().typeName());
            TaskDto reopened = s.as(STAFF_HUZHONG).get(ApiPaths.fill(ApiPaths.TASK, task.id())).as(TaskDto.class);
            assertEquals(TaskStatus.OPEN, reopened.status(), "the task went back to the open list");
            VolunteerDetail detail = s.as(STAFF_HUZHONG).get(ApiPaths.fill(ApiPaths.VOLUNTEER, linId)).as(VolunteerDetail.class);
            assertEquals(AccountStatus.SUSPENDED, detail.volunteer().status());
            assertEquals("多次投诉，暂停服务待核实", detail.volunteer().statusReason());

            assertEquals(200, s.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.ACCOUNT_REINSTATE, linId), null).status());
            Http back = signIn(s, TestServer.VOLUNTEER, "demo1234");
            assertEquals(AccountStatus.ACTIVE, back.get(ApiPaths.ME_VOLUNTEER).as(VolunteerDto.class).status());
            assertEquals(409, s.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.ACCOUNT_REINSTATE, linId), null).status());
        }
    }

    @Test
    void pendingVolunteerSuspendedThenReinstated_isPendingAgain_notVerifiedByTheBackDoor() {
        try (TestServer s = TestServer.start(true)) {
            long huang = signIn(s, TestServer.VOLUNTEER_PENDING, "demo1234").get(ApiPaths.ME_VOLUNTEER).as(VolunteerDto.class).id();
            assertEquals(200, s.as(STAFF_BISHUI).post(ApiPaths.fill(ApiPaths.ACCOUNT_SUSPEND, huang),
                    new ReasonRequest("身份信息不实")).status());
            assertEquals(200, s.as(STAFF_BISHUI).post(ApiPaths.fill(ApiPaths.ACCOUNT_REINSTATE, huang),
                    new NoteRequest("已补交材料"), Map.of()).status());
            VolunteerDetail d = s.as(STAFF_BISHUI).get(ApiPaths.fill(ApiPaths.VOLUNTEER, huang)).as(VolunteerDetail.class);
            assertEquals(AccountStatus.PENDING, d.volunteer().status());
        }
    }
}
