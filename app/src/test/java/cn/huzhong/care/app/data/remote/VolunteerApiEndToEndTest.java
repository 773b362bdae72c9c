package cn.huzhong.care.app.data.remote;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.core.api.ChangePassword;
import cn.huzhong.care.core.api.CompleteTask;
import cn.huzhong.care.core.api.DataCaseDto;
import cn.huzhong.care.core.api.FileDataCase;
import cn.huzhong.care.core.api.OpenTaskDto;
import cn.huzhong.care.core.api.PersonalDataDto;
import cn.huzhong.care.core.api.RatingRequest;
import cn.huzhong.care.core.api.RegisterVolunteer;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.api.VolunteerDto;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.DataCaseKind;
import cn.huzhong.care.core.domain.DataCaseStatus;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.TaskStatus;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.embedded.EmbeddedBackend;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The volunteer and account calls of the app's ApiClient against the real server with demo data. */
class VolunteerApiEndToEndTest {
    @TempDir
    static Path dir;
    static EmbeddedBackend.Running server;
    static ApiClient client;

    @BeforeAll
    static void start() {
        server = EmbeddedBackend.find().orElseThrow().start(dir, true);
        client = new ApiClient(server::baseUri);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String token(String phone) {
        return client.signIn(phone, "demo1234", Lang.ZH).token();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void volunteer_seesOpenTasksWithoutThePerson_acceptsChecksInCompletes_andHoursGrow() {
        String lin = token("13900000201");
        VolunteerDto before = client.meVolunteer(lin, Lang.ZH);
        assertEquals(AccountStatus.ACTIVE, before.status());
        assertEquals(Set.of(Town.HUZHONG, Town.HUYUAN), Set.copyOf(before.towns()));

        List<OpenTaskDto> open = client.openTasks(lin, null, null, null, 1, 50, Lang.ZH).items();
        assertFalse(open.isEmpty());
        assertTrue(open.stream().allMatch(t -> before.towns().contains(t.town())), "only his towns");
        List<OpenTaskDto> snow = client.openTasks(lin, Town.HUZHONG, HelpKind.SNOW_CLEARING, null, 1, 50, Lang.ZH).items();
        assertFalse(snow.isEmpty());
        assertTrue(snow.stream().allMatch(t -> t.kind() == HelpKind.SNOW_CLEARING && t.town() == Town.HUZHONG));
        // an open task read one by one shows no person either
        TaskDto browsed = client.task(lin, open.get(0).id(), Lang.ZH);
        assertNull(browsed.person());

        // 王德明 (his accepted task shows him in full), and a task for him that starts in half an hour
        TaskDto held = client.myTasks(lin, false, 1, 50, Lang.ZH).items().get(0);
        assertNotNull(held.person().address(), "his own task shows the address");
        StaffDesk desk = new StaffDesk(server::baseUri, "13900000301");
        TaskDto soon = desk.createTask(held.person().residentId(), HelpKind.SHOPPING, "代买米面和蔬菜，送到家里。",
                Instant.now().plus(Duration.ofMinutes(30)));

        TaskDto accepted = client.acceptTask(lin, soon.id(), key(), Lang.ZH);
        assertEquals(TaskStatus.ACCEPTED, accepted.status());
        assertNotNull(accepted.person().address(), "after acceptance: the address");
        ApiFailure.Rejected taken = assertThrows(ApiFailure.Rejected.class,
                () -> client.acceptTask(token("13900000211"), soon.id(), key(), Lang.ZH));
        assertEquals(409, taken.status());
        assertFalse(taken.userMessage().isBlank());

        TaskDto there = client.checkIn(lin, soon.id(), key(), Lang.ZH);
        assertEquals(TaskStatus.CHECKED_IN, there.status());
        assertTrue(there.canComplete());
        ApiFailure.Invalid notQuarter = assertThrows(ApiFailure.Invalid.class,
                () -> client.completeTask(lin, soon.id(), new CompleteTask("买齐了", 1.1), key(), Lang.ZH));
        assertTrue(notQuarter.messageFor("hours").isPresent());
        TaskDto done = client.completeTask(lin, soon.id(), new CompleteTask("米面蔬菜都买齐了，放进了厨房。", 1.5), key(), Lang.ZH);
        assertEquals(TaskStatus.COMPLETED, done.status());
        assertEquals(1.5, done.hours());
        assertEquals(before.totalHours() + 1.5, client.meVolunteer(lin, Lang.ZH).totalHours(), 1e-9);
        assertTrue(client.myTasks(lin, true, 1, 50, Lang.ZH).items().stream().anyMatch(t -> t.id() == soon.id()));
    }

    @Test
    void withdrawBeforeTheStart_reopensTheTask() {
        String lin = token("13900000201");
        OpenTaskDto later = client.openTasks(lin, Town.HUYUAN, null, null, 1, 50, Lang.ZH).items().get(0);
        TaskDto mine = client.acceptTask(lin, later.id(), key(), Lang.ZH);
        assertTrue(mine.canWithdraw());
        TaskDto back = client.withdrawTask(lin, later.id(), key(), Lang.ZH);
        assertEquals(TaskStatus.OPEN, back.status());
        assertTrue(client.openTasks(lin, Town.HUYUAN, null, null, 1, 50, Lang.ZH).items().stream()
                .anyMatch(t -> t.id() == later.id()), "open again");
    }

    @Test
    void registration_waitsForVerification_andAPendingVolunteerHasNoTasks() {
        ApiFailure.Invalid invalid = assertThrows(ApiFailure.Invalid.class, () -> client.registerVolunteer(
                new RegisterVolunteer("李", "123", "1234", List.of(), List.of()), key(), Lang.ZH));
        assertTrue(invalid.messageFor("phone").isPresent());
        assertTrue(invalid.messageFor("password").isPresent());
        VolunteerDto v = client.registerVolunteer(new RegisterVolunteer("李春生", "13911112222", "winter2026",
                List.of(Town.BISHUI), List.of(HelpKind.SNOW_CLEARING, HelpKind.READING)), key(), Lang.ZH);
        assertEquals(AccountStatus.PENDING, v.status());
        assertTrue(v.phoneMasked().contains("*"));

        String pending = client.signIn("13911112222", "winter2026", Lang.ZH).token();
        assertEquals(AccountStatus.PENDING, client.meVolunteer(pending, Lang.ZH).status());
        ApiFailure.Rejected no = assertThrows(ApiFailure.Rejected.class,
                () -> client.openTasks(pending, null, null, null, 1, 20, Lang.ZH));
        assertEquals(403, no.status());
        assertEquals(AccountStatus.PENDING, client.meVolunteer(token("13900000202"), Lang.ZH).status());
    }

    @Test
    void passwordChange_needsTheCurrentOne_andTheNewOneSignsIn() {
        String t = token("13900000004");
        ApiFailure.Invalid wrong = assertThrows(ApiFailure.Invalid.class,
                () -> client.changePassword(t, new ChangePassword("not-it-at-all", "snowfall-2026"), Lang.ZH));
        assertTrue(wrong.messageFor("currentPassword").isPresent());
        ApiFailure.Invalid digits = assertThrows(ApiFailure.Invalid.class,
                () -> client.changePassword(t, new ChangePassword("demo1234", "12345678"), Lang.ZH));
        assertTrue(digits.messageFor("newPassword").isPresent());
        client.changePassword(t, new ChangePassword("demo1234", "snowfall-2026"), Lang.ZH);
        assertNotNull(client.signIn("13900000004", "snowfall-2026", Lang.ZH).token());
        assertThrows(ApiFailure.Unauthorized.class, () -> client.signIn("13900000004", "demo1234", Lang.ZH));
    }

    @Test
    void person_readsWhatIsHeld_asksForACorrection_andRatesTheHelp() {
        String t = token("13900000003");
        long me = client.me(t, Lang.ZH).actingFor().get(0).residentId();
        PersonalDataDto held = client.personalData(t, me, Lang.ZH);
        assertEquals("赵小梅", held.name());
        assertTrue(held.certificateMasked().contains("*"));
        int cases = client.dataCases(t, me, Lang.ZH).size();
        DataCaseDto filed = client.fileDataCase(t, me, new FileDataCase(DataCaseKind.CORRECTION, "电话号码换了，新号码请打给我确认。"),
                key(), Lang.ZH);
        assertEquals(DataCaseStatus.OPEN, filed.status());
        assertEquals(cases + 1, client.dataCases(t, me, Lang.ZH).size());

        // 张丽 (carer) rates her father 张德福's finished shopping help
        String zhang = token("13900000101");
        var father = client.me(zhang, Lang.ZH).actingFor().stream().filter(p -> p.name().equals("张德福")).findFirst()
                .orElseThrow();
        TaskDto helped = client.residentTasks(zhang, father.residentId(), 1, 20, Lang.ZH).items().stream()
                .filter(TaskDto::canRate).findFirst().orElseThrow();
        assertFalse("郭晓峰".equals(helped.volunteerName()), "the person sees the volunteer's first name only");
        TaskDto rated = client.rateTask(zhang, father.residentId(), helped.id(), new RatingRequest(3, "来晚了一小时"), key(),
                Lang.ZH);
        assertEquals(3, rated.rating());
        assertFalse(rated.canRate());
    }
}
