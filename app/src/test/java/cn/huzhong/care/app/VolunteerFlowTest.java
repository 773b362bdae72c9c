package cn.huzhong.care.app;

import cn.huzhong.care.app.data.remote.ApiClient;
import cn.huzhong.care.app.data.remote.StaffDesk;
import cn.huzhong.care.app.feature.volunteer.MyTasksView;
import cn.huzhong.care.app.feature.account.HelpTaskView;
import cn.huzhong.care.app.feature.account.PasswordView;
import cn.huzhong.care.app.feature.requests.RequestDetailView;
import cn.huzhong.care.app.feature.account.PersonalDataView;
import cn.huzhong.care.app.feature.settings.SettingsView;
import cn.huzhong.care.app.feature.volunteer.OpenTasksView;
import cn.huzhong.care.app.feature.volunteer.RegisterView;
import cn.huzhong.care.app.feature.volunteer.TaskDetailView;
import cn.huzhong.care.app.shell.AppShell;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.TaskStatus;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Volunteers and accounts as people use them, headless against the embedded server with demo data: 林志远 accepts a
 * task, checks in, completes it with his hours, and his total grows; a task someone else won first; 黄小燕, not
 * verified yet, sees that she is waiting. What the server holds is checked through the API itself.
 */
class VolunteerFlowTest {
    @TempDir
    Path dataDir;
    AppHarness app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private ApiClient direct() {
        return new ApiClient(() -> app.app().backend().baseUri());
    }

    private void signInAsVolunteer(String phone) {
        app.signIn(phone, AppHarness.DEMO_PASSWORD);
        app.waitUntil("the volunteer's home", () -> app.current() instanceof Destination.Home
                && (app.has(OpenTasksView.ID_COUNT) || app.has(OpenTasksView.ID_PENDING)));
    }

    /** A task for 王德明 (the resident of 林志远's accepted task) starting half an hour from now, made by 呼中镇's staff. */
    private TaskDto taskStartingSoon(String needed) {
        ApiClient api = direct();
        String lin = api.signIn("13900000201", AppHarness.DEMO_PASSWORD, Lang.ZH).token();
        long resident = api.myTasks(lin, false, 1, 50, Lang.ZH).items().get(0).person().residentId();
        return new StaffDesk(() -> app.app().backend().baseUri(), "13900000301").createTask(resident,
                HelpKind.SHOPPING, needed, app.app().clock().instant().plus(Duration.ofMinutes(30)));
    }

    @Test
    void volunteer_acceptsChecksInCompletes_andTheirHoursGrow() {
        app = AppHarness.start(dataDir);
        TaskDto task = taskStartingSoon("代买一周的米、面和蔬菜，送到家里。");
        signInAsVolunteer("13900000201");
        assertTrue(app.text(OpenTasksView.ID_HOURS).contains("6.5 小时"), app.text(OpenTasksView.ID_HOURS));
        String row = OpenTasksView.ROW_PREFIX + task.id();
        app.waitUntil("the new task in the list", () -> app.has(row));
        String spoken = app.fx(() -> app.node(row).getAccessibleText());
        assertTrue(spoken.contains("代买一周的米"), spoken);
        assertFalse(spoken.contains("王德明"), "no name before acceptance: " + spoken);

        app.tap(row);
        app.waitUntil("the task", () -> app.has(TaskDetailView.ID_ACCEPT));
        assertFalse(app.has(TaskDetailView.ID_PERSON), "no person before acceptance");
        app.tap(TaskDetailView.ID_ACCEPT);
        app.waitUntil("the confirmation", () -> app.has(TaskDetailView.ID_ACCEPT_DIALOG));
        app.tap(TaskDetailView.ID_ACCEPT_CONFIRM);
        app.waitUntil("accepted", () -> app.has(TaskDetailView.ID_NOTICE));
        app.assertResultInView(TaskDetailView.ID_NOTICE);
        assertTrue(app.has(TaskDetailView.ID_PERSON));
        assertTrue(app.allText().contains("王德明"), "the person's name after acceptance");

        app.tap(TaskDetailView.ID_CHECK_IN);
        app.waitUntil("checked in", () -> app.has(TaskDetailView.ID_COMPLETE));
        assertTrue(app.text(TaskDetailView.ID_NOTICE).contains("已签到"), app.text(TaskDetailView.ID_NOTICE));

        // no note: the error is under the field and nothing is sent
        app.tap(TaskDetailView.ID_COMPLETE);
        app.waitUntil("the note's error", () -> app.has(".hz-field-error"));
        assertEquals(TaskStatus.CHECKED_IN, direct().task(direct().signIn("13900000201", AppHarness.DEMO_PASSWORD,
                Lang.ZH).token(), task.id(), Lang.ZH).status());
        app.write(TaskDetailView.ID_NOTE, "米面蔬菜都买齐了，放进了厨房。");
        // the window is two hours (8 quarters); one quarter less: 1.75 hours
        assertEquals("2 小时", app.text(TaskDetailView.ID_HOURS + "-value"));
        app.tap(TaskDetailView.ID_HOURS + "-less");
        assertEquals("1.75 小时", app.text(TaskDetailView.ID_HOURS + "-value"));
        app.tap(TaskDetailView.ID_COMPLETE);
        app.waitUntil("completed", () -> app.has(TaskDetailView.ID_NOTICE)
                && app.text(TaskDetailView.ID_NOTICE).contains("1.75 小时"));
        app.assertResultInView(TaskDetailView.ID_NOTICE);

        app.back();
        app.tap(AppShell.NAV_PREFIX + "tasks");
        app.waitUntil("my tasks", () -> app.has(MyTasksView.ID_HOURS));
        assertEquals("8.25 小时", app.text(MyTasksView.ID_HOURS));
        assertTrue(app.has(MyTasksView.DONE_PREFIX + task.id()));
        String lin = direct().signIn("13900000201", AppHarness.DEMO_PASSWORD, Lang.ZH).token();
        assertEquals(8.25, direct().meVolunteer(lin, Lang.ZH).totalHours(), 1e-9);
    }

    @Test
    void whenAnotherVolunteerWinsTheTask_itIsSaidPlainly_andTheListNoLongerHasIt() {
        app = AppHarness.start(dataDir);
        TaskDto task = taskStartingSoon("清扫院门口的积雪，清出一条能过轮椅的路。");
        signInAsVolunteer("13900000201");
        String row = OpenTasksView.ROW_PREFIX + task.id();
        app.waitUntil("the task in the list", () -> app.has(row));
        app.tap(row);
        app.waitUntil("the task", () -> app.has(TaskDetailView.ID_ACCEPT));
        app.tap(TaskDetailView.ID_ACCEPT);
        // meanwhile 郭晓峰 accepts it on his own phone
        ApiClient api = direct();
        api.acceptTask(api.signIn("13900000211", AppHarness.DEMO_PASSWORD, Lang.ZH).token(), task.id(),
                UUID.randomUUID().toString(), Lang.ZH);
        app.tap(TaskDetailView.ID_ACCEPT_CONFIRM);
        app.waitUntil("the message", () -> app.has(TaskDetailView.ID_TAKEN));
        assertTrue(app.text(TaskDetailView.ID_TAKEN).contains("其他志愿者接受"), app.text(TaskDetailView.ID_TAKEN));
        app.assertResultInView(TaskDetailView.ID_TAKEN);
        app.tap(TaskDetailView.ID_BACK_TO_LIST);
        app.waitUntil("the list again", () -> app.has(OpenTasksView.ID_COUNT));
        assertFalse(app.has(row), "the task taken is gone from the list");
    }

    @Test
    void withdrawing_isConfirmed_andReopensTheTask() {
        app = AppHarness.start(dataDir);
        signInAsVolunteer("13900000201");
        app.tap(AppShell.NAV_PREFIX + "tasks");
        app.waitUntil("my tasks", () -> !app.ids(MyTasksView.CURRENT_PREFIX).isEmpty());
        String row = app.firstId(MyTasksView.CURRENT_PREFIX);
        long id = Long.parseLong(row.substring(MyTasksView.CURRENT_PREFIX.length()));
        app.tap(row);
        app.waitUntil("the task", () -> app.has(TaskDetailView.ID_WITHDRAW));
        assertTrue(app.has(TaskDetailView.ID_PERSON));
        app.tap(TaskDetailView.ID_WITHDRAW);
        app.waitUntil("the confirmation", () -> app.has(TaskDetailView.ID_WITHDRAW_DIALOG));
        app.tap(TaskDetailView.ID_WITHDRAW_KEEP);
        assertFalse(app.has(TaskDetailView.ID_WITHDRAW_DIALOG));
        app.tap(TaskDetailView.ID_WITHDRAW);
        app.tap(TaskDetailView.ID_WITHDRAW_CONFIRM);
        app.waitUntil("withdrawn", () -> app.has(TaskDetailView.ID_NOTICE));
        assertFalse(app.has(TaskDetailView.ID_PERSON), "no contact once withdrawn");
        assertTrue(app.has(TaskDetailView.ID_ACCEPT), "open again");
        ApiClient api = direct();
        assertEquals(TaskStatus.OPEN, api.task(api.signIn("13900000201", AppHarness.DEMO_PASSWORD, Lang.ZH).token(), id,
                Lang.ZH).status());
    }

    @Test
    void someoneRegisters_waits_isVerifiedByStaffInTheApp_thenTakesATask_andTheirHoursGrow() {
        app = AppHarness.start(dataDir);
        app.resetTo(new Destination.SignIn());
        app.tap(cn.huzhong.care.app.feature.signin.SignInView.ID_REGISTER_VOLUNTEER);
        app.waitUntil("the form", () -> app.has(RegisterView.ID_NAME));
        app.tap(RegisterView.ID_SUBMIT);
        app.waitUntil("the errors", () -> app.has(RegisterView.ID_NAME + "-error") || app.has(".hz-field-error"));
        String shown = app.allText();
        assertTrue(shown.contains("请填写此项"), shown);
        assertTrue(shown.contains("请至少选一个乡镇"), shown);
        app.write(RegisterView.ID_NAME, "李春生");
        app.write(RegisterView.ID_PHONE, "13911112222");
        app.write(RegisterView.ID_PASSWORD, "12345678");
        app.tap(RegisterView.TOWN_PREFIX + "HUZHONG");
        app.tap(RegisterView.KIND_PREFIX + "SNOW_CLEARING");
        app.tap(RegisterView.ID_SUBMIT);
        app.waitUntil("the password's error", () -> app.allText().contains("密码不能全是数字"));
        app.write(RegisterView.ID_PASSWORD, "winter2026");
        app.tap(RegisterView.ID_SUBMIT);
        app.waitUntil("registered", () -> app.has(RegisterView.ID_DONE));
        app.assertResultInView(RegisterView.ID_DONE);
        assertTrue(app.text(RegisterView.ID_DONE).contains("等待审核"));

        app.tap(RegisterView.ID_TO_SIGN_IN);
        app.signIn("13911112222", "winter2026");
        app.waitUntil("waiting", () -> app.has(OpenTasksView.ID_PENDING));

        ApiClient api = direct();
        long id = api.meVolunteer(api.signIn("13911112222", "winter2026", Lang.ZH).token(), Lang.ZH).id();

        // 呼中镇's staff verify them in the app, after calling them (the phone shows in full there)
        signOut();
        app.signIn("13900000301", AppHarness.DEMO_PASSWORD);
        app.waitUntil("staff's home", () -> app.has(
                cn.huzhong.care.app.feature.staff.StaffHomeView.QUEUE_PREFIX + "volunteers"));
        app.tap(cn.huzhong.care.app.feature.staff.StaffHomeView.QUEUE_PREFIX + "volunteers");
        String row = cn.huzhong.care.app.feature.staff.StaffQueueView.ROW_PREFIX + "volunteer-" + id;
        app.waitUntil("the new volunteer in the queue", () -> app.has(row));
        app.tap(row);
        app.waitUntil("the volunteer", () -> app.has(cn.huzhong.care.app.feature.staff.StaffVolunteerView.ID_VERIFY));
        app.tap(cn.huzhong.care.app.feature.staff.StaffVolunteerView.ID_VERIFY);
        app.waitUntil("verified", () -> app.has(cn.huzhong.care.app.feature.staff.StaffVolunteerView.ID_NOTICE));

        // the volunteer now sees tasks, takes one that starts soon, checks in, completes it: their hours grow
        TaskDto task = taskStartingSoon("扫清门口到大路的积雪，留出轮椅能过的宽度。");
        signOut();
        app.signIn("13911112222", "winter2026");
        app.waitUntil("the open tasks", () -> app.has(OpenTasksView.ID_COUNT));
        assertFalse(app.ids(OpenTasksView.ROW_PREFIX).isEmpty(), "呼中镇 has snow to clear");
        assertEquals("志愿时长共 0 小时", app.text(OpenTasksView.ID_HOURS));
        app.waitUntil("the task", () -> app.has(OpenTasksView.ROW_PREFIX + task.id()));
        app.tap(OpenTasksView.ROW_PREFIX + task.id());
        app.waitUntil("the task", () -> app.has(TaskDetailView.ID_ACCEPT));
        app.tap(TaskDetailView.ID_ACCEPT);
        app.waitUntil("the confirmation", () -> app.has(TaskDetailView.ID_ACCEPT_DIALOG));
        app.tap(TaskDetailView.ID_ACCEPT_CONFIRM);
        app.waitUntil("accepted", () -> app.has(TaskDetailView.ID_CHECK_IN));
        app.tap(TaskDetailView.ID_CHECK_IN);
        app.waitUntil("checked in", () -> app.has(TaskDetailView.ID_COMPLETE));
        app.write(TaskDetailView.ID_NOTE, "门口到大路的雪都铲开了。");
        app.tap(TaskDetailView.ID_COMPLETE);
        app.waitUntil("completed", () -> !app.has(TaskDetailView.ID_COMPLETE) && app.has(TaskDetailView.ID_NOTICE));
        app.back();
        app.tap(AppShell.NAV_PREFIX + "tasks");
        app.waitUntil("my tasks", () -> app.has(MyTasksView.ID_HOURS));
        assertEquals("2 小时", app.text(MyTasksView.ID_HOURS));
        assertEquals(2.0, api.meVolunteer(api.signIn("13911112222", "winter2026", Lang.ZH).token(), Lang.ZH)
                .totalHours(), 1e-9);
    }

    private void signOut() {
        app.onFx(() -> app.app().sessions().signOut());
        app.settle();
        app.waitUntil("signed out", () -> app.app().sessions().current().isEmpty());
        app.resetTo(new Destination.SignIn());
    }

    @Test
    void aResidentChangesTheirPassword_andSignsInWithTheNewOne() {
        app = AppHarness.start(dataDir);
        app.signInAndWaitForHome("13900000004");
        app.onFx(() -> app.app().navigator().open(new Destination.Settings()));
        app.settle();
        app.tap(SettingsView.ID_PASSWORD);
        app.waitUntil("the form", () -> app.has(PasswordView.ID_CURRENT));
        app.tap(PasswordView.ID_SUBMIT);
        app.waitUntil("the errors", () -> app.has(".hz-field-error"));
        assertTrue(app.allText().contains("请填写此项"), app.allText());
        app.write(PasswordView.ID_CURRENT, "not-my-password");
        app.write(PasswordView.ID_NEW, "snowfall-2026");
        app.write(PasswordView.ID_REPEAT, "snowfall-2025");
        app.tap(PasswordView.ID_SUBMIT);
        app.waitUntil("the mismatch", () -> app.allText().contains("两次输入的新密码不一样"));
        app.write(PasswordView.ID_REPEAT, "snowfall-2026");
        app.tap(PasswordView.ID_SUBMIT);
        app.waitUntil("the server's answer", () -> app.allText().contains("当前密码不对"));
        assertEquals("当前密码不对。", app.text(PasswordView.ID_CURRENT + "-error"));
        app.write(PasswordView.ID_CURRENT, AppHarness.DEMO_PASSWORD);
        app.write(PasswordView.ID_NEW, "snowfall-2026");
        app.write(PasswordView.ID_REPEAT, "snowfall-2026");
        app.tap(PasswordView.ID_SUBMIT);
        app.waitUntil("changed", () -> app.has(PasswordView.ID_DONE));
        app.assertResultInView(PasswordView.ID_DONE);

        app.onFx(() -> app.app().sessions().signOut());
        app.settle();
        app.waitUntil("sign-in", () -> app.current() instanceof Destination.SignIn);
        app.signIn("13900000004", AppHarness.DEMO_PASSWORD);
        app.waitUntil("the old password refused", () -> app.has(cn.huzhong.care.app.feature.signin.SignInView.ID_PASSWORD_ERROR)
                && !app.text(cn.huzhong.care.app.feature.signin.SignInView.ID_PASSWORD_ERROR).isBlank());
        app.signIn("13900000004", "snowfall-2026");
        app.waitUntil("home", () -> app.current() instanceof Destination.Home && app.has("home-greeting"));
    }

    @Test
    void aPersonSeesWhatIsHeld_andAsksForACorrection() {
        app = AppHarness.start(dataDir);
        app.signInAndWaitForHome("13900000003");
        app.onFx(() -> app.app().navigator().open(new Destination.Settings()));
        app.settle();
        app.tap(SettingsView.ID_PERSONAL_DATA);
        app.waitUntil("the record", () -> app.has(PersonalDataView.ID_RECORD));
        String shown = app.allText();
        assertTrue(shown.contains("赵小梅"), shown);
        assertTrue(shown.contains("请把地址改过来"), "her earlier request, from the demo data: " + shown);
        int before = app.ids(PersonalDataView.CASE_PREFIX).size();
        app.tap(PersonalDataView.ID_CORRECT);
        app.waitUntil("the dialog", () -> app.has(PersonalDataView.ID_DIALOG));
        app.tap(PersonalDataView.ID_SEND);
        app.waitUntil("the error", () -> app.has(".hz-field-error"));
        app.write(PersonalDataView.ID_DETAILS, "我的手机号换了，新号码是 13911113333。");
        app.tap(PersonalDataView.ID_SEND);
        app.waitUntil("filed", () -> app.has(PersonalDataView.ID_NOTICE));
        app.assertResultInView(PersonalDataView.ID_NOTICE);
        assertEquals(before + 1, app.ids(PersonalDataView.CASE_PREFIX).size());
    }

    @Test
    void thePersonHelped_ratesTheHelpFromTheRequest_andComplains() {
        app = AppHarness.start(dataDir);
        long[] made = StaffDesk.helpDoneForWangXiulan(() -> app.app().backend().baseUri(), app.app().clock().instant());
        app.signInAndWaitForHome("13900000001");
        app.go(new Destination.RequestDetail(made[0]));
        String row = RequestDetailView.HELP_PREFIX + made[1];
        app.waitUntil("the help in the request", () -> app.has(row));
        String spoken = app.fx(() -> app.node(row).getAccessibleText());
        assertTrue(spoken.contains("志愿者：志远"), "the volunteer by first name only: " + spoken);
        app.tap(row);
        app.waitUntil("the help", () -> app.has(HelpTaskView.ID_RATE));
        app.tap(HelpTaskView.ID_RATE);
        app.waitUntil("the error", () -> app.has(".hz-field-error"));
        app.tap(HelpTaskView.ID_RATING + "-5");
        app.write(HelpTaskView.ID_COMMENT, "小林很耐心，谢谢！");
        app.tap(HelpTaskView.ID_RATE);
        app.waitUntil("rated", () -> app.has(HelpTaskView.ID_NOTICE));
        app.assertResultInView(HelpTaskView.ID_NOTICE);
        assertFalse(app.has(HelpTaskView.ID_RATE), "rated once");
        ApiClient api = direct();
        String wang = api.signIn("13900000001", AppHarness.DEMO_PASSWORD, Lang.ZH).token();
        long person = api.me(wang, Lang.ZH).actingFor().get(0).residentId();
        TaskDto rated = api.residentTasks(wang, person, 1, 100, Lang.ZH).items().stream().filter(t -> t.id() == made[1])
                .findFirst().orElseThrow();
        assertEquals(5, rated.rating());

        app.tap(HelpTaskView.ID_COMPLAIN);
        app.waitUntil("the dialog", () -> app.has(HelpTaskView.ID_DIALOG));
        app.write(HelpTaskView.ID_BODY, "来之前没有打电话，家里没人等了很久。");
        app.tap(HelpTaskView.ID_SEND);
        app.waitUntil("complained", () -> app.has(HelpTaskView.ID_NOTICE)
                && app.text(HelpTaskView.ID_NOTICE).contains("投诉已提交"));
    }

    @Test
    void aVolunteerNotVerifiedYet_seesThatTheyAreWaiting() {
        app = AppHarness.start(dataDir);
        signInAsVolunteer("13900000202");
        assertTrue(app.has(OpenTasksView.ID_PENDING));
        assertTrue(app.allText().contains("等待审核"), app.allText());
        assertTrue(app.ids(OpenTasksView.ROW_PREFIX).isEmpty());
        app.tap(AppShell.NAV_PREFIX + "tasks");
        app.waitUntil("my tasks", () -> app.has(MyTasksView.ID_PENDING));
    }
}
