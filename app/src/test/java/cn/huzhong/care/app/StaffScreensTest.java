package cn.huzhong.care.app;

import cn.huzhong.care.app.data.remote.ApiClient;
import cn.huzhong.care.app.feature.staff.IndicatorsView;
import cn.huzhong.care.app.feature.staff.StaffApplicationView;
import cn.huzhong.care.app.feature.staff.StaffHomeView;
import cn.huzhong.care.app.feature.staff.StaffComplaintView;
import cn.huzhong.care.app.feature.staff.StaffDataCaseView;
import cn.huzhong.care.app.feature.staff.StaffQueueView;
import cn.huzhong.care.app.feature.staff.StaffRequestView;
import cn.huzhong.care.app.feature.staff.StaffSearchView;
import cn.huzhong.care.app.feature.staff.StaffTaskFormView;
import cn.huzhong.care.app.feature.staff.StaffTaskView;
import cn.huzhong.care.app.feature.staff.StaffThreadView;
import cn.huzhong.care.app.feature.staff.StaffVolunteerView;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.a11y.Wcag;
import cn.huzhong.care.core.api.StaffHotlineRow;
import cn.huzhong.care.core.api.StaffRequestRow;
import cn.huzhong.care.core.api.StaffSubsidyRow;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.i18n.Lang;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every staff screen (issue 8) and the states that matter (a dialog, a sheet, a form with errors, search results), in
 * each audit mode and English at 200 %, against the embedded server with demo data, in the style of ScreensTest: one
 * test case per screen and mode, ending with the accessibility audit and, after an action, the check that what it
 * produced is in view. Nothing here changes the server's data, so every mode sees the same screens. The indicator
 * chart's shapes are measured too: fill, track outline and target line at least 3:1 against the page in every mode.
 * Pictures go to {@code target/screenshots} with the prefix {@code staff-}.
 */
class StaffScreensTest {
    @TempDir
    static Path dataDir;
    static AppHarness app;
    static StaffRequestRow request;
    static StaffSubsidyRow application;
    static StaffHotlineRow thread;
    static long task;
    static long volunteer;
    static long person;
    static cn.huzhong.care.core.api.ComplaintDto complaint;
    static cn.huzhong.care.core.api.DataCaseDto deletion;

    static final DisplayMode ENGLISH_LARGE = new DisplayMode(Lang.EN, 2.0, false, false);

    @BeforeAll
    static void start() {
        app = AppHarness.start(dataDir);
        ApiClient api = new ApiClient(() -> app.app().backend().baseUri());
        String t = api.signIn("13900000301", AppHarness.DEMO_PASSWORD, Lang.ZH).token();
        request = api.staffRequests(t, RequestStatus.SUBMITTED, null, 1, 10, Lang.ZH).items().get(0);
        application = api.staffSubsidies(t, null, null, 1, 10, Lang.ZH).items().get(0);
        // 王秀兰 writes to the 12385 desk, so that Huzhong's desk has a thread to answer
        var resident = api.signIn("13900000001", AppHarness.DEMO_PASSWORD, Lang.ZH);
        long person = api.me(resident.token(), Lang.ZH).actingFor().get(0).residentId();
        api.createHotlineThread(resident.token(), person, new cn.huzhong.care.core.api.CreateHotlineThread(
                cn.huzhong.care.core.domain.HotlineTopic.SUBSIDY, "请问护理补贴什么时候发？"),
                java.util.UUID.randomUUID().toString(), Lang.ZH);
        thread = api.staffHotlineThreads(t, null, null, 1, 10, Lang.ZH).items().get(0);
        task = api.staffTasks(t, null, null, 1, 10, Lang.ZH).items().get(0).id();
        volunteer = api.volunteers(t, AccountStatus.ACTIVE, null, 1, 10, Lang.ZH).items().get(0).id();
        // 王秀兰 asks for her hotline messages to be deleted, and complains about a volunteer's help
        StaffScreensTest.person = person;
        deletion = api.fileDataCase(resident.token(), person, new cn.huzhong.care.core.api.FileDataCase(
                cn.huzhong.care.core.domain.DataCaseKind.DELETION, "请删除我在热线上的留言，我不想再保留这些记录。"),
                java.util.UUID.randomUUID().toString(), Lang.ZH);
        long[] help = cn.huzhong.care.app.data.remote.StaffDesk.helpDoneForWangXiulan(
                () -> app.app().backend().baseUri(), app.app().clock().instant());
        complaint = api.complainAboutTask(resident.token(), person, help[1], new cn.huzhong.care.core.api.FileComplaint(
                "志愿者比约好的晚到了两个小时，也没有打电话说一声，老人一直在门口等。"),
                java.util.UUID.randomUUID().toString(), Lang.ZH);
        // a time nobody has booked yet at the town's first provider, to be offered for withdrawal
        var provider = api.providers(t, null, Lang.ZH).stream().filter(p -> p.town() == cn.huzhong.care.core.domain.Town.HUZHONG)
                .findFirst().orElseThrow();
        var at = app.today().plusDays(3).atTime(15, 0).atZone(cn.huzhong.care.core.time.Dates.ZONE).toOffsetDateTime();
        api.publishSlots(t, provider.id(), new cn.huzhong.care.core.api.PublishSlots(provider.services().get(0), at, 30, 1,
                1), java.util.UUID.randomUUID().toString(), Lang.ZH);
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
    Stream<DynamicContainer> everyStaffScreen() {
        return modes().stream().map(mode -> DynamicContainer.dynamicContainer(mode.id(),
                shots().stream().filter(shot -> System.getProperty("huzhong.staff.shots", "").isBlank()
                        || shot.name().compareTo(System.getProperty("huzhong.staff.shots")) <= 0).map(shot -> DynamicTest.dynamicTest(shot.name(), () -> {
                    if (!app.mode().equals(mode)) {
                        app.applyMode(mode);
                    }
                    shot.arrange().run();
                    app.screenshot("staff-" + shot.name());
                    if (mode.equals(DisplayMode.DEFAULT)) {
                        app.screenshotFull("staff-" + shot.name());
                    }
                    app.assertAccessible("staff-" + shot.name());
                    if (shot.result() != null) {
                        app.assertResultInView(shot.result());
                    }
                }))));
    }

    private void signInAs(String phone) {
        AppHarness.onFx(() -> app.app().sessions().signOut());
        app.settle();
        app.resetTo(new Destination.SignIn());
        app.signIn(phone, AppHarness.DEMO_PASSWORD);
        app.waitUntil("staff's home", () -> app.current() instanceof Destination.Home && app.has(StaffHomeView.ID_SCOPE));
    }

    private void open(Destination d, String shown) {
        app.go(d);
        app.waitUntil(shown, () -> app.has(shown));
    }

    private List<Shot> shots() {
        List<Shot> s = new ArrayList<>();
        cn.huzhong.care.core.api.DataCaseDto[] correction = new cn.huzhong.care.core.api.DataCaseDto[1];
        s.add(new Shot("01-home", () -> signInAs("13900000301"), null));
        s.add(new Shot("02-queue-new-requests", () -> {
            app.tap(StaffHomeView.QUEUE_PREFIX + "newRequests");
            app.waitUntil("the queue", () -> app.has(StaffQueueView.ID_SUMMARY));
        }, null));
        s.add(new Shot("03-request", () -> open(new Destination.StaffRequest(request.residentId(), request.id(),
                request.residentName()), StaffRequestView.ID_MOVE), null));
        s.add(new Shot("04-request-reject-confirm", () -> {
            app.tap(StaffRequestView.ID_REJECT);
            app.tap(StaffRequestView.ID_REJECT_CONFIRM);
            app.waitUntil("the reason's error", () -> !app.text(StaffRequestView.ID_REASON + "-error").isBlank());
        }, StaffRequestView.ID_REASON));
        s.add(new Shot("05-request-provider", () -> {
            app.tap(StaffRequestView.ID_REJECT_KEEP);
            app.tap(StaffRequestView.ID_PROVIDER);
            app.waitUntil("the providers", () -> !app.ids(StaffRequestView.PROVIDER_PREFIX).stream()
                    .filter(id -> id.matches(".*-\\d+")).toList().isEmpty());
        }, StaffRequestView.ID_PROVIDER_DIALOG));
        s.add(new Shot("06-task-form-errors", () -> {
            app.tap(StaffRequestView.ID_PROVIDER_CLOSE);
            app.tap(StaffRequestView.ID_NEW_TASK);
            app.tap(StaffTaskFormView.ID_SEND);
        }, StaffTaskFormView.KIND_PREFIX + "HOME_VISIT"));
        s.add(new Shot("07-queue-tasks", () -> open(new Destination.StaffQueue(Destination.StaffQueueKind.TASKS, null),
                StaffQueueView.ID_SUMMARY), null));
        s.add(new Shot("08-task", () -> open(new Destination.StaffTask(task), StaffTaskView.ID_CHOOSE), null));
        s.add(new Shot("09-task-choose-volunteer", () -> {
            app.tap(StaffTaskView.ID_CHOOSE);
            app.waitUntil("the volunteers", () -> !app.ids(StaffTaskView.VOLUNTEER_PREFIX).isEmpty());
        }, StaffTaskView.ID_DIALOG));
        s.add(new Shot("10-queue-applications", () -> {
            app.tap(StaffTaskView.ID_CLOSE);
            open(new Destination.StaffQueue(Destination.StaffQueueKind.APPLICATIONS, null), StaffQueueView.ID_SUMMARY);
        }, null));
        s.add(new Shot("11-application", () -> open(new Destination.StaffApplication(application.residentId(),
                application.id(), application.residentName()), StaffApplicationView.ID_REJECT), null));
        s.add(new Shot("12-application-reject-confirm", () -> app.tap(StaffApplicationView.ID_REJECT),
                StaffApplicationView.ID_REJECT_DIALOG));
        s.add(new Shot("13-thread", () -> {
            app.tap(StaffApplicationView.ID_KEEP);
            open(new Destination.StaffThread(thread.residentId(), thread.id(), thread.residentName()),
                    StaffThreadView.ID_SEND);
        }, null));
        s.add(new Shot("14-volunteer", () -> open(new Destination.StaffVolunteer(volunteer), StaffVolunteerView.ID_SUSPEND),
                null));
        s.add(new Shot("15-volunteer-suspend-confirm", () -> app.tap(StaffVolunteerView.ID_SUSPEND),
                StaffVolunteerView.ID_DIALOG));
        s.add(new Shot("16-search-results", () -> {
            app.tap(StaffVolunteerView.ID_KEEP);
            AppHarness.onFx(() -> app.app().navigator().open(new Destination.StaffSearch()));
            app.settle();
            app.write(StaffSearchView.ID_QUERY, "王");
            app.tap(StaffSearchView.ID_SEARCH);
            app.waitUntil("the results", () -> app.has(StaffSearchView.ID_SUMMARY));
        }, StaffSearchView.ID_SUMMARY));
        s.add(new Shot("17-search-number-error", () -> {
            app.tap(StaffSearchView.ID_MODE + "-1");
            app.write(StaffSearchView.ID_QUERY, "2327641");
            app.tap(StaffSearchView.ID_SEARCH);
        }, StaffSearchView.ID_QUERY));
        s.add(new Shot("18-indicators", () -> {
            AppHarness.onFx(() -> app.app().navigator().open(new Destination.Indicators()));
            app.settle();
            app.waitUntil("the chart", () -> app.has(IndicatorsView.CHART_PREFIX + "0"));
            assertChartContrast();
        }, null));
        s.add(new Shot("19-audit", () -> open(new Destination.Audit(), "audit-summary"), null));
        s.add(new Shot("19a-audit-mine-today", () -> {
            app.tap(cn.huzhong.care.app.feature.staff.AuditView.ID_PERIOD + "-1");
            app.tap(cn.huzhong.care.app.feature.staff.AuditView.ID_MINE);
            app.waitUntil("narrowed", () -> app.has("audit-summary")
                    && AppHarness.fx(() -> ((javafx.scene.control.ToggleButton) app.node(
                    cn.huzhong.care.app.feature.staff.AuditView.ID_MINE)).isSelected()));
        }, null));
        s.add(new Shot("19b-accounts-errors", () -> {
            app.go(new Destination.StaffAccounts());
            app.tap(cn.huzhong.care.app.feature.staff.StaffAccountsView.ID_OPEN);
        }, cn.huzhong.care.app.feature.staff.StaffAccountsView.ID_NAME));
        s.add(new Shot("19c-accounts-found", () -> {
            app.tap(cn.huzhong.care.app.feature.staff.StaffAccountsView.ID_FIND);
            app.waitUntil("the accounts", () -> app.has(cn.huzhong.care.app.feature.staff.StaffAccountsView.ID_SUMMARY));
        }, null));
        s.add(new Shot("19d-account", () -> {
            app.tap(app.firstId(cn.huzhong.care.app.feature.staff.StaffAccountsView.ROW_PREFIX));
            app.waitUntil("the account", () -> app.has(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_NEW_CODE));
        }, null));
        s.add(new Shot("19d2-account-suspend-confirm", () ->
                app.tap(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_SUSPEND),
                cn.huzhong.care.app.feature.staff.StaffAccountView.ID_DIALOG));
        s.add(new Shot("19e-slots", () -> {
            app.tap(cn.huzhong.care.app.feature.staff.StaffAccountView.ID_KEEP);
            app.go(new Destination.StaffSlots());
            app.waitUntil("the times", () -> !app.ids(cn.huzhong.care.app.feature.staff.StaffSlotsView.WITHDRAW_PREFIX)
                    .isEmpty());
        }, null));
        s.add(new Shot("19f-slots-withdraw-confirm", () ->
                app.tap(app.firstId(cn.huzhong.care.app.feature.staff.StaffSlotsView.WITHDRAW_PREFIX)),
                cn.huzhong.care.app.feature.staff.StaffSlotsView.ID_DIALOG));
        s.add(new Shot("19g-queue-complaints", () -> {
            app.tap(cn.huzhong.care.app.feature.staff.StaffSlotsView.ID_KEEP);
            open(new Destination.StaffQueue(Destination.StaffQueueKind.COMPLAINTS, null),
                    StaffQueueView.ROW_PREFIX + "complaint-" + complaint.id());
        }, null));
        s.add(new Shot("19h-complaint-errors", () -> {
            app.tap(StaffQueueView.ROW_PREFIX + "complaint-" + complaint.id());
            app.waitUntil("the complaint", () -> app.has(StaffComplaintView.ID_CLOSE));
            app.tap(StaffComplaintView.ID_CLOSE);
            app.waitUntil("the error", () -> app.has(".hz-field-error"));
        }, StaffComplaintView.ID_OUTCOME));
        s.add(new Shot("19i-queue-data-cases", () -> {
            // a fresh correction each round, answered in 19k; the deletion stays open for its dialog
            ApiClient api = new ApiClient(() -> app.app().backend().baseUri());
            String wang = api.signIn("13900000001", AppHarness.DEMO_PASSWORD, Lang.ZH).token();
            correction[0] = api.fileDataCase(wang, person, new cn.huzhong.care.core.api.FileDataCase(
                    cn.huzhong.care.core.domain.DataCaseKind.CORRECTION, "我家搬到了林海路 12 号，请把住址改一下。"),
                    java.util.UUID.randomUUID().toString(), Lang.ZH);
            open(new Destination.StaffQueue(Destination.StaffQueueKind.DATA_CASES, null),
                    StaffQueueView.ROW_PREFIX + "datacase-" + correction[0].id());
        }, null));
        s.add(new Shot("19j-data-case-correction-errors", () -> {
            app.tap(StaffQueueView.ROW_PREFIX + "datacase-" + correction[0].id());
            app.waitUntil("the case", () -> app.has(StaffDataCaseView.ID_OUTCOME));
            app.tap(StaffDataCaseView.ID_OUTCOME + "-0");
            app.waitUntil("the new values", () -> app.has(StaffDataCaseView.ID_ADDRESS));
            app.tap(StaffDataCaseView.ID_SEND);
            app.waitUntil("the errors", () -> app.has(".hz-field-error"));
        }, StaffDataCaseView.ID_NAME));
        s.add(new Shot("19k-data-case-answered", () -> {
            app.write(StaffDataCaseView.ID_ADDRESS, "呼中镇林海路 12 号");
            app.write(StaffDataCaseView.ID_ANSWER, "已上门核实，住址已改为林海路 12 号。");
            app.tap(StaffDataCaseView.ID_SEND);
            app.waitUntil("answered", () -> app.has(StaffDataCaseView.ID_NOTICE));
        }, StaffDataCaseView.ID_NOTICE));
        s.add(new Shot("19l-data-case-delete-confirm", () -> {
            open(new Destination.StaffDataCase(deletion), StaffDataCaseView.ID_OUTCOME);
            app.tap(StaffDataCaseView.ID_OUTCOME + "-0");
            app.write(StaffDataCaseView.ID_ANSWER, "已删除您的热线留言；补贴发放记录依法保留。");
            app.tap(StaffDataCaseView.ID_SEND);
            app.waitUntil("the dialog", () -> app.has(StaffDataCaseView.ID_DIALOG));
        }, StaffDataCaseView.ID_DIALOG));
        s.add(new Shot("20-district-home", () -> {
            app.tap(StaffDataCaseView.ID_KEEP);
            signInAs("13900000399");
        }, null));
        s.add(new Shot("21-district-indicators", () -> {
            AppHarness.onFx(() -> app.app().navigator().open(new Destination.Indicators()));
            app.settle();
            app.waitUntil("the chart", () -> app.has(IndicatorsView.CHART_PREFIX + "0"));
        }, null));
        return s;
    }

    /** Each bar's fill, its track's outline and the target line against the page: at least 3:1. */
    private void assertChartContrast() {
        List<String> problems = AppHarness.fx(() -> {
            List<String> out = new ArrayList<>();
            Color page = background(app.scene().getRoot());
            check(out, "." + IndicatorsView.FILL, page, true);
            check(out, "." + IndicatorsView.TRACK, page, false);
            check(out, "." + IndicatorsView.TARGET, page, true);
            return out;
        });
        assertTrue(problems.isEmpty(), String.join("; ", problems));
    }

    private static void check(List<String> out, String selector, Color page, boolean fill) {
        var nodes = app.scene().getRoot().lookupAll(selector);
        assertFalse(nodes.isEmpty(), "no " + selector);
        for (Node n : nodes) {
            Region r = (Region) n;
            Color c = fill ? (Color) r.getBackground().getFills().get(0).getFill()
                    : (Color) r.getBorder().getStrokes().get(0).getTopStroke();
            double ratio = Wcag.contrastRatio(c, page);
            if (ratio < 3.0) {
                out.add(selector + " " + c + " on " + page + " is " + ratio + ":1");
            }
        }
    }

    private static Color background(javafx.scene.Parent root) {
        if (root instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()
                && r.getBackground().getFills().get(0).getFill() instanceof Color c) {
            return c;
        }
        return app.mode().highContrast() ? Color.BLACK : Color.WHITE;
    }
}
