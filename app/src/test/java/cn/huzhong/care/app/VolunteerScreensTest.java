package cn.huzhong.care.app;

import cn.huzhong.care.app.data.remote.ApiClient;
import cn.huzhong.care.app.data.remote.StaffDesk;
import cn.huzhong.care.app.feature.account.HelpTaskView;
import cn.huzhong.care.app.feature.account.PasswordView;
import cn.huzhong.care.app.feature.requests.RequestDetailView;
import cn.huzhong.care.app.feature.account.PersonalDataView;
import cn.huzhong.care.app.feature.settings.SettingsView;
import cn.huzhong.care.app.feature.signin.SignInView;
import cn.huzhong.care.app.feature.volunteer.MyTasksView;
import cn.huzhong.care.app.feature.volunteer.OpenTasksView;
import cn.huzhong.care.app.feature.volunteer.RegisterView;
import cn.huzhong.care.app.feature.volunteer.TaskDetailView;
import cn.huzhong.care.app.shell.AppShell;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The volunteer and account screens (issue 8) and the states that matter (a form with errors, a confirmation, a task
 * someone else won, what an action produced), in each audit mode and English at 200 %, against the embedded server
 * with demo data, in {@link ScreensTest}'s way: one test case per screen and mode ending with the accessibility audit
 * and, after an action, the check that what it produced is in view and focused or announced. Pictures go to
 * {@code target/screenshots} ({@code v..} names). {@code -Dhuzhong.audit.modes=zh-100,zh-200} runs some modes only.
 */
class VolunteerScreensTest {
    @TempDir
    static Path dataDir;
    static AppHarness app;

    static final DisplayMode ENGLISH_LARGE = new DisplayMode(Lang.EN, 2.0, false, false);

    @BeforeAll
    static void start() {
        app = AppHarness.start(dataDir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static List<DisplayMode> modes() {
        List<DisplayMode> all = new ArrayList<>(DisplayMode.AUDIT_MODES);
        all.add(ENGLISH_LARGE);
        String only = System.getProperty("huzhong.audit.modes", "");
        if (only.isBlank()) {
            return all;
        }
        List<String> ids = Arrays.asList(only.split(","));
        return all.stream().filter(m -> ids.contains(m.id())).toList();
    }

    private record Shot(String name, Runnable arrange, String result) {
    }

    @TestFactory
    Stream<DynamicContainer> everyScreen() {
        List<DisplayMode> modes = modes();
        return modes.stream().map(mode -> DynamicContainer.dynamicContainer(mode.id(),
                shots(mode, modes.indexOf(mode)).stream().map(shot -> DynamicTest.dynamicTest(shot.name(), () -> {
                    if (!app.mode().equals(mode)) {
                        app.applyMode(mode);
                    }
                    shot.arrange().run();
                    app.screenshot(shot.name());
                    if (mode.equals(DisplayMode.DEFAULT)) {
                        app.screenshotFull(shot.name());
                    }
                    app.assertAccessible(shot.name());
                    if (shot.result() != null) {
                        app.assertResultInView(shot.result());
                    }
                }))));
    }

    private static ApiClient direct() {
        return new ApiClient(() -> app.app().backend().baseUri());
    }

    private static void signOut() {
        app.onFx(() -> app.app().sessions().signOut());
        app.settle();
        app.waitUntil("signed out", () -> app.app().sessions().current().isEmpty());
        app.resetTo(new Destination.SignIn());
    }

    private static void signInAsVolunteer(String phone) {
        signOut();
        app.signIn(phone, AppHarness.DEMO_PASSWORD);
        app.waitUntil("the volunteer's home", () -> app.current() instanceof Destination.Home
                && (app.has(OpenTasksView.ID_COUNT) || app.has(OpenTasksView.ID_PENDING)));
    }

    /**
     * Tasks made so far: each starts two minutes after the last, as two real tasks would differ (identical rows would
     * fail the audit's duplicate-text rule), and all stay within the hour before the start when check-in opens.
     */
    private static int made;

    /** A task for 王德明 in 呼中镇 starting about half an hour from now, made by the town's staff. */

    private static TaskDto taskStartingSoon() {
        ApiClient api = direct();
        String lin = api.signIn("13900000201", AppHarness.DEMO_PASSWORD, Lang.ZH).token();
        long resident = api.myTasks(lin, false, 1, 50, Lang.ZH).items().stream().filter(t -> t.person() != null)
                .filter(t -> t.person().name().equals("王德明")).findFirst().orElseThrow().person().residentId();
        return new StaffDesk(() -> app.app().backend().baseUri(), "13900000301").createTask(resident, HelpKind.SHOPPING,
                "代买一周的米、面、蔬菜和常用药，送到家里。", app.app().clock().instant().plus(Duration.ofMinutes(30 + 2 * made++)));
    }

    private static void openTask(long id) {
        app.resetTo(new Destination.Home());
        app.waitUntil("the task in the list", () -> app.has(OpenTasksView.ROW_PREFIX + id));
        app.tap(OpenTasksView.ROW_PREFIX + id);
        app.waitUntil("the task", () -> app.has(TaskDetailView.ID_STATUS));
    }

    private List<Shot> shots(DisplayMode mode, int index) {
        boolean en = mode.lang() == Lang.EN;
        List<Shot> s = new ArrayList<>();
        s.add(new Shot("v01-register", () -> {
            signOut();
            app.tap(SignInView.ID_REGISTER_VOLUNTEER);
            app.waitUntil("the form", () -> app.has(RegisterView.ID_NAME));
        }, null));
        s.add(new Shot("v02-register-errors", () -> {
            app.tap(RegisterView.ID_SUBMIT);
            app.waitUntil("the errors", () -> app.has(".hz-field-error"));
        }, RegisterView.ID_NAME));
        s.add(new Shot("v03-registered", () -> {
            app.write(RegisterView.ID_NAME, en ? "Li Chunsheng" : "李春生");
            app.write(RegisterView.ID_PHONE, "1391111220" + index);
            app.write(RegisterView.ID_PASSWORD, "winter2026");
            app.tap(RegisterView.TOWN_PREFIX + "HUZHONG");
            app.tap(RegisterView.KIND_PREFIX + "SNOW_CLEARING");
            app.tap(RegisterView.ID_SUBMIT);
            app.waitUntil("registered", () -> app.has(RegisterView.ID_DONE));
        }, RegisterView.ID_DONE));
        s.add(new Shot("v04-pending", () -> signInAsVolunteer("13900000202"), null));
        TaskDto[] task = new TaskDto[2];
        s.add(new Shot("v05-open-tasks", () -> {
            task[0] = taskStartingSoon();
            signInAsVolunteer("13900000201");
        }, null));
        s.add(new Shot("v06-open-tasks-filters", () -> {
            app.tap(OpenTasksView.ID_FILTERS);
            app.tap(OpenTasksView.ID_TOWN + "-1");
            app.waitUntil("narrowed", () -> app.text(OpenTasksView.ID_FILTER_TEXT).contains(en ? "Huzhong" : "呼中镇"));
        }, OpenTasksView.ID_TOWN + "-1"));
        s.add(new Shot("v07-task", () -> openTask(task[0].id()), null));
        s.add(new Shot("v08-task-accept-confirm", () -> app.tap(TaskDetailView.ID_ACCEPT),
                TaskDetailView.ID_ACCEPT_DIALOG));
        s.add(new Shot("v09-task-accepted", () -> {
            app.tap(TaskDetailView.ID_ACCEPT_CONFIRM);
            app.waitUntil("accepted", () -> app.has(TaskDetailView.ID_PERSON));
        }, TaskDetailView.ID_NOTICE));
        s.add(new Shot("v10-task-checked-in", () -> {
            app.tap(TaskDetailView.ID_CHECK_IN);
            app.waitUntil("checked in", () -> app.has(TaskDetailView.ID_COMPLETE));
        }, TaskDetailView.ID_NOTICE));
        s.add(new Shot("v11-task-complete-errors", () -> {
            app.tap(TaskDetailView.ID_COMPLETE);
            app.waitUntil("the error", () -> app.has(".hz-field-error"));
        }, TaskDetailView.ID_NOTE));
        s.add(new Shot("v12-task-completed", () -> {
            app.write(TaskDetailView.ID_NOTE, en ? "Bought rice, flour and vegetables; put them in the kitchen."
                    : "米面蔬菜都买齐了，放进了厨房。");
            app.tap(TaskDetailView.ID_HOURS + "-more");
            app.tap(TaskDetailView.ID_COMPLETE);
            app.waitUntil("completed", () -> !app.has(TaskDetailView.ID_COMPLETE) && app.has(TaskDetailView.ID_NOTICE));
        }, TaskDetailView.ID_NOTICE));
        s.add(new Shot("v13-my-tasks", () -> {
            app.resetTo(new Destination.Home());
            app.tap(AppShell.NAV_PREFIX + "tasks");
            app.waitUntil("my tasks", () -> app.has(MyTasksView.ID_HOURS));
        }, null));
        s.add(new Shot("v14-withdraw-confirm", () -> {
            app.tap(app.firstId(MyTasksView.CURRENT_PREFIX));
            app.waitUntil("the task", () -> app.has(TaskDetailView.ID_WITHDRAW));
            app.tap(TaskDetailView.ID_WITHDRAW);
        }, TaskDetailView.ID_WITHDRAW_DIALOG));
        s.add(new Shot("v15-task-taken", () -> {
            app.tap(TaskDetailView.ID_WITHDRAW_KEEP);
            task[1] = taskStartingSoon();
            openTask(task[1].id());
            app.tap(TaskDetailView.ID_ACCEPT);
            ApiClient api = direct();
            api.acceptTask(api.signIn("13900000211", AppHarness.DEMO_PASSWORD, Lang.ZH).token(), task[1].id(),
                    UUID.randomUUID().toString(), Lang.ZH);
            app.tap(TaskDetailView.ID_ACCEPT_CONFIRM);
            app.waitUntil("taken", () -> app.has(TaskDetailView.ID_TAKEN));
        }, TaskDetailView.ID_TAKEN));
        s.add(new Shot("v16-volunteer-me", () -> {
            app.onFx(() -> app.app().navigator().open(new Destination.Settings()));
            app.settle();
            assertTrue(app.has(SettingsView.ID_PASSWORD));
            assertTrue(!app.has(SettingsView.ID_PERSONAL_DATA), "a volunteer acts for no resident");
        }, null));
        s.add(new Shot("v17-password", () -> {
            signOut();
            app.signInAndWaitForHome("13900000001");
            app.onFx(() -> app.app().navigator().open(new Destination.Settings()));
            app.settle();
            app.tap(SettingsView.ID_PASSWORD);
            app.waitUntil("the form", () -> app.has(PasswordView.ID_CURRENT));
        }, null));
        s.add(new Shot("v18-password-errors", () -> {
            app.write(PasswordView.ID_NEW, "12345678");
            app.tap(PasswordView.ID_SUBMIT);
            app.waitUntil("the errors", () -> app.has(".hz-field-error"));
        }, PasswordView.ID_CURRENT));
        s.add(new Shot("v19-personal-data", () -> {
            app.back();
            app.tap(SettingsView.ID_PERSONAL_DATA);
            app.waitUntil("the record", () -> app.has(PersonalDataView.ID_RECORD));
        }, null));
        s.add(new Shot("v20-personal-data-delete", () -> app.tap(PersonalDataView.ID_DELETE), PersonalDataView.ID_DIALOG));
        s.add(new Shot("v21-personal-data-filed", () -> {
            app.tap(PersonalDataView.ID_CANCEL);
            app.tap(PersonalDataView.ID_CORRECT);
            app.write(PersonalDataView.ID_DETAILS, en ? "My phone number has changed to 13911113333."
                    : "我的手机号换了，新号码是 13911113333。");
            app.tap(PersonalDataView.ID_SEND);
            app.waitUntil("filed", () -> app.has(PersonalDataView.ID_NOTICE));
        }, PersonalDataView.ID_NOTICE));
        s.add(new Shot("v22-help-from-request", () -> {
            long[] made = StaffDesk.helpDoneForWangXiulan(() -> app.app().backend().baseUri(),
                    app.app().clock().instant().plus(Duration.ofMinutes(3L * index)));
            app.go(new Destination.RequestDetail(made[0]));
            app.waitUntil("the help", () -> app.has(RequestDetailView.HELP_PREFIX + made[1]));
            app.tap(RequestDetailView.HELP_PREFIX + made[1]);
            app.waitUntil("the help", () -> app.has(HelpTaskView.ID_RATE));
        }, null));
        s.add(new Shot("v23-help-rating-errors", () -> {
            app.tap(HelpTaskView.ID_RATE);
            app.waitUntil("the error", () -> app.has(".hz-field-error"));
        }, HelpTaskView.ID_RATING + "-1"));
        s.add(new Shot("v24-help-complaint", () -> app.tap(HelpTaskView.ID_COMPLAIN), HelpTaskView.ID_DIALOG));
        s.add(new Shot("v25-help-rated", () -> {
            app.tap(HelpTaskView.ID_KEEP);
            app.tap(HelpTaskView.ID_RATING + "-4");
            app.tap(HelpTaskView.ID_RATE);
            app.waitUntil("rated", () -> app.has(HelpTaskView.ID_NOTICE));
        }, HelpTaskView.ID_NOTICE));
        return s;
    }
}
