package cn.huzhong.care.app;

import cn.huzhong.care.app.data.SwitchableApi;
import cn.huzhong.care.app.data.remote.ApiClient;
import cn.huzhong.care.app.feature.bookings.BookSlotView;
import cn.huzhong.care.app.feature.bookings.BookingDetailView;
import cn.huzhong.care.app.feature.bookings.BookingsView;
import cn.huzhong.care.app.feature.bookings.ProvidersView;
import cn.huzhong.care.app.feature.bookings.SlotsView;
import cn.huzhong.care.app.feature.home.HomeView;
import cn.huzhong.care.app.feature.messages.InboxView;
import cn.huzhong.care.app.feature.requests.RequestDetailView;
import cn.huzhong.care.app.feature.requests.RequestFormView;
import cn.huzhong.care.app.feature.requests.RequestTypesView;
import cn.huzhong.care.app.feature.settings.SettingsView;
import cn.huzhong.care.app.feature.signin.SignInView;
import cn.huzhong.care.app.feature.finder.FinderView;
import cn.huzhong.care.app.feature.certificate.CertificateView;
import cn.huzhong.care.app.ui.kit.DateField;
import cn.huzhong.care.app.ui.kit.Glossary;
import cn.huzhong.care.app.feature.subsidies.SubsidiesView;
import cn.huzhong.care.app.feature.requests.RequestsView;
import cn.huzhong.care.app.feature.texthotline.ComposeView;
import cn.huzhong.care.app.feature.texthotline.ThreadView;
import cn.huzhong.care.app.feature.texthotline.ThreadsView;
import cn.huzhong.care.app.shell.AppShell;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.OutboxCards;
import cn.huzhong.care.app.ui.a11y.bridge.SnapshotChecks;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every screen of the app, and the states that matter (a form with errors, a confirmation, a dialog, what waits on
 * the phone, what the server refused), in each audit mode (default, 200 % text, high contrast, English) and English
 * at 200 %, against the embedded server with demo data. Each screen in each mode is its own test case (one failure
 * does not hide the rest): it ends with the accessibility audit, and after an action, with the check that what the
 * action produced is in view and focused or announced. Pictures go to {@code target/screenshots} (every mode but
 * the high-contrast English one); {@code scripts/publish-screenshots.sh} copies them to {@code assets/screenshots}.
 * {@code -Dhuzhong.audit.modes=zh-100,zh-200} runs some modes only.
 */
class ScreensTest {
    @TempDir
    static Path dataDir;
    static AppHarness app;
    static SwitchableApi network;

    /** English at 200 %: pictured and audited besides the four audit modes. */
    static final DisplayMode ENGLISH_LARGE = new DisplayMode(Lang.EN, 2.0, false, false);

    @BeforeAll
    static void start() {
        app = AppHarness.start(dataDir, null, base -> network = new SwitchableApi(new ApiClient(base)));
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

    /** One screen: how to get there (from wherever the last one left the app), and what its action produced. */
    private record Shot(String name, Runnable arrange, String result) {
    }

    @TestFactory
    Stream<DynamicContainer> everyScreen() {
        return modes().stream().map(mode -> DynamicContainer.dynamicContainer(mode.id(),
                shots(mode).stream().map(shot -> DynamicTest.dynamicTest(shot.name(), () -> {
                    if (!app.mode().equals(mode)) {
                        app.applyMode(mode);
                    }
                    shot.arrange().run();
                    app.screenshot(shot.name());
                    if (mode.equals(DisplayMode.DEFAULT)) {
                        app.screenshotFull(shot.name());
                    }
                    app.assertAccessible(shot.name());
                    // the screen reader's snapshot says what the audit reads; read aloud says it in that order
                    SnapshotChecks.verify(app.scene(), shot.name(), mode);
                    if (shot.result() != null) {
                        app.assertResultInView(shot.result());
                    }
                }))));
    }

    private void signInAs(String phone) {
        app.onFx(() -> app.app().sessions().signOut());
        app.settle();
        app.waitUntil("sign-in", () -> app.current() instanceof Destination.SignIn);
        app.signInAndWaitForHome(phone);
    }

    private void openPlace(Destination place) {
        app.onFx(() -> app.app().navigator().open(place));
        app.settle();
    }

    private List<Shot> shots(DisplayMode mode) {
        boolean en = mode.lang() == Lang.EN;
        List<Shot> s = new ArrayList<>();
        s.add(new Shot("01-sign-in", () -> {
            network.offline.set(false);
            app.onFx(() -> app.app().sessions().signOut());
            app.settle();
            app.resetTo(new Destination.SignIn());
        }, null));
        s.add(new Shot("01b-sign-in-demo-accounts", () -> app.tap(SignInView.ID_DEMO), SignInView.ID_DEMO_SHEET));
        s.add(new Shot("02-sign-in-error", () -> {
            app.tap(SignInView.ID_DEMO_CLOSE);
            app.signIn("13900000002", "wrong-password");
            app.waitUntil("the wrong-password error", () -> app.has(SignInView.ID_PASSWORD_ERROR));
        }, SignInView.ID_PASSWORD));
        s.add(new Shot("03-home", () -> app.signInAndWaitForHome("13900000001"), null));
        s.add(new Shot("03b-glossary", () -> app.tap(Glossary.PREFIX + "baobao"), Glossary.SHEET));
        s.add(new Shot("03c-services", () -> {
            app.tap(Glossary.ID_CLOSE);
            openPlace(new Destination.Services());
        }, null));
        s.add(new Shot("04-subsidies", () -> app.go(new Destination.Subsidies()), null));
        s.add(new Shot("05-subsidy-detail", () -> {
            // the oldest application: one being paid, with payments to chart
            List<String> rows = app.ids(SubsidiesView.ROW_PREFIX);
            app.tap(rows.get(rows.size() - 1));
        }, null));
        s.add(new Shot("06-benefit-finder", () -> app.go(new Destination.BenefitFinder()), null));
        String[] applyFor = new String[1];
        s.add(new Shot("07-benefit-finder-confirm", () -> {
            applyFor[0] = app.firstId(FinderView.APPLY_PREFIX);
            app.tap(applyFor[0]);
        }, FinderView.ID_DIALOG));
        s.add(new Shot("07b-benefit-finder-applied", () -> {
            app.tap(FinderView.ID_CONFIRM);
            app.waitUntil("the application", () -> app.has(FinderView.ID_APPLIED));
        }, FinderView.ID_OPEN_SUBSIDIES));
        s.add(new Shot("08-certificate", () -> {
            // the desk turns the application down again, so that the next display mode can apply once more
            app.turnDownApplication("13900000001", cn.huzhong.care.core.domain.BenefitKind.valueOf(
                    applyFor[0].substring(FinderView.APPLY_PREFIX.length())), "屏幕测试（" + mode.id() + "）撤回了这份申请");
            app.go(new Destination.Certificate());
        }, null));
        s.add(new Shot("09-certificate-revealed", () -> {
            app.tap(CertificateView.ID_TOGGLE);
            app.waitUntil("the full number", () -> !app.text(CertificateView.ID_NUMBER).contains("*"));
        }, CertificateView.ID_NUMBER));
        s.add(new Shot("10-hotlines", () -> app.go(new Destination.Hotlines()), null));
        s.add(new Shot("11-hotline-call", () -> app.tap("hotline-call-12385"), AppShell.ID_CALL_PANEL));
        s.add(new Shot("13-me", () -> {
            app.tap(AppShell.ID_CALL_CLOSE);
            openPlace(new Destination.Settings());
        }, null));
        s.add(new Shot("13b-sign-out-confirm", () -> app.tap(SettingsView.ID_SIGN_OUT), SettingsView.ID_SIGN_OUT_DIALOG));
        s.add(new Shot("16-requests", () -> {
            app.tap(SettingsView.ID_SIGN_OUT_KEEP);
            app.resetTo(new Destination.Home());
            app.tap("home-tile-request");
            app.waitUntil("the requests", () -> !app.ids(RequestsView.ROW_PREFIX).isEmpty());
        }, null));
        s.add(new Shot("17-request-detail", () -> {
            app.tap(app.firstId(RequestsView.ROW_PREFIX));
            app.waitUntil("the plan", () -> app.has(RequestDetailView.ID_PLAN));
        }, null));
        s.add(new Shot("18-request-cancel-confirm", () -> app.tap(RequestDetailView.ID_CANCEL),
                RequestDetailView.ID_CANCEL_DIALOG));
        s.add(new Shot("19-request-types", () -> {
            app.tap(RequestDetailView.ID_CANCEL_KEEP);
            app.go(new Destination.RequestTypes());
        }, null));
        s.add(new Shot("21-request-form", () -> app.tap(RequestTypesView.TYPE_PREFIX + ServiceRequestType.HOME_VISIT.name()),
                null));
        s.add(new Shot("22-request-form-errors", () -> {
            app.tap(RequestFormView.ID_CHECK);
            app.waitUntil("the errors", () -> app.has(RequestFormView.FIELD_PREFIX + "description-error"));
        }, RequestFormView.FIELD_PREFIX + "description"));
        s.add(new Shot("22b-date-picker", () -> {
            app.write(RequestFormView.FIELD_PREFIX + "description", en
                    ? "Please check my wheelchair and the rail by my bed." : "冬天出门不方便，请帮忙检查轮椅和床边扶手。");
            app.tap(RequestFormView.FIELD_PREFIX + "preferredDate");
        }, DateField.SHEET));
        s.add(new Shot("23-request-confirm", () -> {
            app.tap(DateField.DAY_PREFIX + app.today().plusDays(3));
            app.tap(RequestFormView.FIELD_PREFIX + "timeOfDay-0");
            app.tap(RequestFormView.ID_CHECK);
            app.waitUntil("the confirmation", () -> app.has(RequestFormView.ID_CONFIRM));
        }, RequestFormView.ID_CONFIRM));
        s.add(new Shot("24-bookings", () -> {
            app.tap(RequestFormView.ID_EDIT);
            app.resetTo(new Destination.Home());
            app.tap("home-tile-booking");
            app.waitUntil("the bookings", () -> !app.ids(BookingsView.ROW_PREFIX).isEmpty());
        }, null));
        s.add(new Shot("25-providers", () -> app.tap(BookingsView.ID_BOOK_REHAB), null));
        s.add(new Shot("26-slots", () -> {
            app.tap(app.firstId(ProvidersView.TIMES_PREFIX));
            app.waitUntil("the free times", () -> !app.ids(SlotsView.SLOT_PREFIX).isEmpty());
        }, null));
        s.add(new Shot("27-book-fitting", () -> {
            app.go(new Destination.Providers(ServiceKind.DEVICE_FITTING));
            app.tap(app.firstId(ProvidersView.TIMES_PREFIX));
            app.waitUntil("the free times", () -> !app.ids(SlotsView.SLOT_PREFIX).isEmpty());
            app.tap(app.firstId(SlotsView.SLOT_PREFIX));
            assertTrue(app.has(BookSlotView.ID_DEVICE), "a fitting asks for the device");
        }, null));
        s.add(new Shot("28-book-fitting-errors", () -> {
            app.tap(BookSlotView.ID_CONFIRM);
            app.waitUntil("the error", () -> app.has(".hz-field-error"));
        }, BookSlotView.DEVICE_PREFIX + "WHEELCHAIR"));
        s.add(new Shot("29-booking-detail", () -> {
            app.resetTo(new Destination.Home());
            app.tap("home-tile-booking");
            app.waitUntil("the bookings", () -> !app.ids(BookingsView.ROW_PREFIX).isEmpty());
            app.tap(app.firstId(BookingsView.ROW_PREFIX));
            app.waitUntil("the booking", () -> app.has(BookingDetailView.ID_STATUS));
        }, null));
        s.add(new Shot("30-booking-cancel-confirm", () -> app.tap(BookingDetailView.ID_CANCEL),
                BookingDetailView.ID_CANCEL_DIALOG));
        s.add(new Shot("31-inbox", () -> {
            app.tap(BookingDetailView.ID_CANCEL_KEEP);
            openPlace(new Destination.Inbox());
        }, null));
        // 赵小梅 (deaf) and the 12385 desk: her threads, the answered one, writing with errors
        s.add(new Shot("32-text-hotline", () -> {
            signInAs("13900000003");
            app.tap(HomeView.ID_TEXT_HOTLINE);
            app.waitUntil("the threads", () -> !app.ids(ThreadsView.ROW_PREFIX).isEmpty());
        }, null));
        s.add(new Shot("33-hotline-thread", () -> {
            app.tap(app.firstId(ThreadsView.ROW_PREFIX));
            app.waitUntil("the messages", () -> app.has(ThreadView.ID_MESSAGES));
        }, null));
        s.add(new Shot("34-hotline-compose-errors", () -> {
            app.go(new Destination.HotlineCompose());
            app.tap(ComposeView.ID_SEND);
            app.waitUntil("the errors", () -> app.has(".hz-field-error"));
        }, ComposeView.TOPIC_PREFIX + "POLICY"));
        offline(s, en);
        carer(s, en);
        return s;
    }

    /**
     * Still 赵小梅, with the network cut: a request and a booking wait on the phone; the booking's time fills up
     * meanwhile (two other people take its two places), so when the network is back the server refuses it, and the
     * list and the inbox say so.
     */
    private void offline(List<Shot> s, boolean en) {
        String[] picked = new String[2];
        s.add(new Shot("35-requests-waiting", () -> {
            app.resetTo(new Destination.Home());
            app.go(new Destination.RequestForm(ServiceRequestType.OTHER));
            app.write(RequestFormView.FIELD_PREFIX + "description", en
                    ? "I would like someone to call me about my hearing aid." : "想请人帮我问问助听器的事。");
            network.offline.set(true);
            app.tap(RequestFormView.ID_CHECK);
            app.tap(RequestFormView.ID_SEND);
            app.waitUntil("the waiting request", () -> app.current() instanceof Destination.Requests
                    && !app.ids(OutboxCards.PREFIX).isEmpty());
        }, null));
        // at large text the offline banner is one line; its details open in a sheet
        s.add(new Shot("35b-offline-banner", () -> {
            app.waitUntil("the offline banner", () -> app.has(AppShell.ID_OFFLINE));
            if (app.has(AppShell.ID_OFFLINE + "-more")) {
                app.tap(AppShell.ID_OFFLINE + "-more");
            }
        }, null));
        s.add(new Shot("36-bookings-waiting", () -> {
            if (app.has(AppShell.ID_BANNER_CLOSE)) {
                app.tap(AppShell.ID_BANNER_CLOSE);
            }
            network.offline.set(false);
            app.go(new Destination.Providers(ServiceKind.REHABILITATION));
            picked[0] = app.ids(ProvidersView.TIMES_PREFIX).get(1);
            app.tap(picked[0]);
            app.waitUntil("the free times", () -> !app.ids(SlotsView.SLOT_PREFIX).isEmpty());
            picked[1] = app.firstId(SlotsView.SLOT_PREFIX);
            app.tap(picked[1]);
            network.offline.set(true);
            app.tap(BookSlotView.ID_CONFIRM);
            app.waitUntil("the waiting booking", () -> app.current() instanceof Destination.Bookings
                    && app.has(BookingsView.ID_OUTBOX));
        }, null));
        s.add(new Shot("37-bookings-refused", () -> {
            app.takeEveryPlace(Long.parseLong(picked[0].substring(ProvidersView.TIMES_PREFIX.length())),
                    Long.parseLong(picked[1].substring(SlotsView.SLOT_PREFIX.length())));
            network.offline.set(false);
            app.tap(app.firstId(OutboxCards.SEND_PREFIX));
            app.waitUntil("the refusal", () -> !app.ids(OutboxCards.DISMISS_PREFIX).isEmpty());
        }, null));
        s.add(new Shot("38-inbox-refused", () -> {
            openPlace(new Destination.Inbox());
            app.waitUntil("the refusal in the inbox", () -> app.has(InboxView.ID_REFUSED));
        }, null));
    }

    /** 张丽, a carer: home with respite care first, the switcher, the respite form, rating 刘洋's finished respite care. */
    private void carer(List<Shot> s, boolean en) {
        s.add(new Shot("14-home-carer", () -> {
            if (!app.ids(OutboxCards.DISMISS_PREFIX).isEmpty()) {
                app.tap(app.firstId(OutboxCards.DISMISS_PREFIX));
                app.waitUntil("the note to go", () -> !app.has(InboxView.ID_REFUSED));
            }
            signInAs("13900000101");
            assertTrue(app.has(AppShell.ID_ACTING_FOR));
            assertTrue(app.has(HomeView.ID_RESPITE));
        }, null));
        s.add(new Shot("39-acting-for", () -> {
            app.go(new Destination.ActingFor());
            app.waitUntil("the unread counts", () -> app.allText().contains(en ? "unread" : "未读"));
        }, null));
        s.add(new Shot("40-respite-form", () -> {
            app.resetTo(new Destination.Home());
            app.tap(HomeView.ID_RESPITE);
        }, null));
        s.add(new Shot("41-request-rating", () -> {
            app.resetTo(new Destination.Requests());
            app.waitUntil("the requests", () -> !app.ids(RequestsView.ROW_PREFIX).isEmpty());
            app.tap(app.firstId(RequestsView.ROW_PREFIX));
            app.waitUntil("the rating", () -> app.has(RequestDetailView.ID_RATE));
        }, null));
        s.add(new Shot("42-request-rating-errors", () -> {
            app.tap(RequestDetailView.ID_RATE);
            app.waitUntil("the error", () -> app.has(".hz-field-error"));
        }, RequestDetailView.ID_RATING_GROUP + "-1"));
    }
}
