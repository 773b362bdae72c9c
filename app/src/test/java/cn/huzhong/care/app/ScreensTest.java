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
import cn.huzhong.care.app.feature.requests.RequestsView;
import cn.huzhong.care.app.feature.texthotline.ComposeView;
import cn.huzhong.care.app.feature.texthotline.ThreadView;
import cn.huzhong.care.app.feature.texthotline.ThreadsView;
import cn.huzhong.care.app.shell.AppShell;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.OutboxCards;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every screen of the app, and the states that matter (a form with errors, a confirmation, what waits on the
 * phone, what the server refused), in each of the four audit modes (default, 200 % text, high contrast, English),
 * against the embedded server with demo data: each ends with the accessibility audit. In the three picture modes it
 * also saves a PNG under {@code assets/screenshots/}. The network can be cut ({@link SwitchableApi}) to show the
 * offline states. {@code -Dhuzhong.audit.modes=zh-100,zh-200} runs some modes only.
 */
class ScreensTest {
    @TempDir
    static Path dataDir;
    static AppHarness app;
    static SwitchableApi network;

    private static final List<DisplayMode> PICTURE_MODES =
            List.of(DisplayMode.DEFAULT, DisplayMode.LARGE_TEXT, DisplayMode.HIGH_CONTRAST);

    @BeforeAll
    static void start() {
        app = AppHarness.start(dataDir, null, base -> network = new SwitchableApi(new ApiClient(base)));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private void check(String screen, DisplayMode mode) {
        if (PICTURE_MODES.contains(mode)) {
            app.screenshot(screen);
        }
        if (mode.equals(DisplayMode.DEFAULT)) {
            app.screenshotFull(screen);
        }
        app.assertAccessible(screen);
    }

    static List<DisplayMode> modes() {
        String only = System.getProperty("huzhong.audit.modes", "");
        if (only.isBlank()) {
            return DisplayMode.AUDIT_MODES;
        }
        List<String> ids = Arrays.asList(only.split(","));
        return DisplayMode.AUDIT_MODES.stream().filter(m -> ids.contains(m.id())).toList();
    }

    private void signInAs(String phone) {
        app.onFx(() -> app.app().sessions().signOut());
        app.settle();
        app.waitUntil("sign-in", () -> app.current() instanceof Destination.SignIn);
        app.signInAndWaitForHome(phone);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void everyScreen_passesTheAudit(DisplayMode mode) {
        app.applyMode(mode);
        network.offline.set(false);
        app.resetTo(new Destination.SignIn());
        check("01-sign-in", mode);

        app.signIn("13900000002", "wrong-password");
        app.waitUntil("the wrong-password error", () -> app.has("signin-password-error"));
        check("02-sign-in-error", mode);

        app.signInAndWaitForHome("13900000001");
        check("03-home", mode);

        app.go(new Destination.Subsidies());
        check("04-subsidies", mode);
        // the oldest application: one being paid, with payments to chart
        String firstRow = AppHarness.fx(() -> app.scene().getRoot().lookupAll(".hz-row").stream()
                .map(n -> n.getId()).filter(id -> id != null && id.startsWith("subsidy-row-")).reduce((a, b) -> b).orElseThrow());
        app.tap(firstRow);
        check("05-subsidy-detail", mode);

        app.go(new Destination.BenefitFinder());
        check("06-benefit-finder", mode);
        String apply = AppHarness.fx(() -> app.scene().getRoot().lookupAll(".button").stream()
                .map(n -> n.getId()).filter(id -> id != null && id.startsWith("finder-apply-")).findFirst().orElseThrow());
        app.tap(apply);
        check("07-benefit-finder-confirm", mode);

        app.go(new Destination.Certificate());
        check("08-certificate", mode);
        app.tap("certificate-toggle");
        check("09-certificate-revealed", mode);

        app.go(new Destination.Hotlines());
        check("10-hotlines", mode);
        app.tap("hotline-call-12385");
        assertTrue(app.has(AppShell.ID_CALL_PANEL));
        check("11-hotline-call", mode);
        app.tap(AppShell.ID_CALL_CLOSE);

        app.go(new Destination.Settings());
        check("13-settings", mode);

        requests(mode);
        bookings(mode);

        app.resetTo(new Destination.Home());
        app.tap(HomeView.ID_MESSAGES_TILE);
        check("31-inbox", mode);

        textHotline(mode);
        offline(mode);
        carer(mode);
        app.onFx(() -> app.app().sessions().signOut());
        app.settle();
    }

    /** 王秀兰: her planned home visit, cancelling it (not confirmed), and the form of a new request. */
    private void requests(DisplayMode mode) {
        app.resetTo(new Destination.Home());
        app.tap("home-tile-request");
        app.waitUntil("the requests", () -> !app.ids(RequestsView.ROW_PREFIX).isEmpty());
        check("16-requests", mode);
        app.tap(app.firstId(RequestsView.ROW_PREFIX));
        app.waitUntil("the plan", () -> app.has(RequestDetailView.ID_PLAN));
        check("17-request-detail", mode);
        app.tap(RequestDetailView.ID_CANCEL);
        check("18-request-cancel-confirm", mode);

        app.go(new Destination.RequestTypes());
        check("19-request-types", mode);
        app.tap(RequestTypesView.ID_NEXT);
        assertTrue(app.has(RequestTypesView.ID_ERROR));
        check("20-request-types-error", mode);
        app.tap(RequestTypesView.TYPE_PREFIX + ServiceRequestType.HOME_VISIT.name());
        app.tap(RequestTypesView.ID_NEXT);
        check("21-request-form", mode);
        app.tap(RequestFormView.ID_CHECK);
        app.waitUntil("the errors", () -> app.has(RequestFormView.FIELD_PREFIX + "description-error"));
        check("22-request-form-errors", mode);
        app.write(RequestFormView.FIELD_PREFIX + "description", mode.lang() == Lang.EN
                ? "Please check my wheelchair and the rail by my bed." : "冬天出门不方便，请帮忙检查轮椅和床边扶手。");
        app.write(RequestFormView.FIELD_PREFIX + "preferredDate",
                app.today().plusDays(3).toString());
        app.tap(RequestFormView.FIELD_PREFIX + "timeOfDay-MORNING");
        app.tap(RequestFormView.ID_CHECK);
        app.waitUntil("the confirmation", () -> app.has(RequestFormView.ID_CONFIRM));
        check("23-request-confirm", mode);
    }

    /** 王秀兰's bookings; the rehabilitation and fitting providers, free times, the confirmation; her booking. */
    private void bookings(DisplayMode mode) {
        app.resetTo(new Destination.Home());
        app.tap("home-tile-booking");
        app.waitUntil("the bookings", () -> !app.ids(BookingsView.ROW_PREFIX).isEmpty());
        check("24-bookings", mode);
        app.tap(BookingsView.ID_BOOK_REHAB);
        check("25-providers", mode);
        app.tap(app.firstId(ProvidersView.TIMES_PREFIX));
        app.waitUntil("the free times", () -> !app.ids(SlotsView.SLOT_PREFIX).isEmpty());
        check("26-slots", mode);

        app.go(new Destination.Providers(ServiceKind.DEVICE_FITTING));
        app.tap(app.firstId(ProvidersView.TIMES_PREFIX));
        app.waitUntil("the free times", () -> !app.ids(SlotsView.SLOT_PREFIX).isEmpty());
        app.tap(app.firstId(SlotsView.SLOT_PREFIX));
        assertTrue(app.has(BookSlotView.ID_DEVICE), "a fitting asks for the device");
        check("27-book-fitting", mode);
        app.tap(BookSlotView.ID_CONFIRM);
        app.waitUntil("the error", () -> app.has(".hz-field-error"));
        check("28-book-fitting-errors", mode);

        app.resetTo(new Destination.Home());
        app.tap("home-tile-booking");
        app.waitUntil("the bookings", () -> !app.ids(BookingsView.ROW_PREFIX).isEmpty());
        app.tap(app.firstId(BookingsView.ROW_PREFIX));
        app.waitUntil("the booking", () -> app.has(BookingDetailView.ID_STATUS));
        check("29-booking-detail", mode);
        app.tap(BookingDetailView.ID_CANCEL);
        check("30-booking-cancel-confirm", mode);
    }

    /** 赵小梅 (deaf) and the 12385 desk: her threads, the answered one, writing with errors. */
    private void textHotline(DisplayMode mode) {
        signInAs("13900000003");
        app.tap(HomeView.ID_TEXT_HOTLINE);
        app.waitUntil("the threads", () -> !app.ids(ThreadsView.ROW_PREFIX).isEmpty());
        check("32-text-hotline", mode);
        app.tap(app.firstId(ThreadsView.ROW_PREFIX));
        app.waitUntil("the messages", () -> app.has(ThreadView.ID_MESSAGES));
        check("33-hotline-thread", mode);
        app.go(new Destination.HotlineCompose());
        app.tap(ComposeView.ID_SEND);
        app.waitUntil("the errors", () -> app.has(".hz-field-error"));
        check("34-hotline-compose-errors", mode);
    }

    /**
     * Still 赵小梅, with the network cut: a request and a booking wait on the phone; the booking's time fills up
     * meanwhile (two other people take its two places), so when the network is back the server refuses it, and the
     * list and the inbox say so.
     */
    private void offline(DisplayMode mode) {
        app.resetTo(new Destination.Home());
        app.go(new Destination.RequestForm(ServiceRequestType.OTHER));
        app.write(RequestFormView.FIELD_PREFIX + "description", mode.lang() == Lang.EN
                ? "I would like someone to call me about my hearing aid." : "想请人帮我问问助听器的事。");
        network.offline.set(true);
        app.tap(RequestFormView.ID_CHECK);
        app.tap(RequestFormView.ID_SEND);
        app.waitUntil("the waiting request", () -> app.current() instanceof Destination.Requests
                && !app.ids(OutboxCards.PREFIX).isEmpty());
        check("35-requests-waiting", mode);

        network.offline.set(false);
        app.go(new Destination.Providers(ServiceKind.REHABILITATION));
        String provider = app.ids(ProvidersView.TIMES_PREFIX).get(1);
        app.tap(provider);
        app.waitUntil("the free times", () -> !app.ids(SlotsView.SLOT_PREFIX).isEmpty());
        String slot = app.firstId(SlotsView.SLOT_PREFIX);
        app.tap(slot);
        network.offline.set(true);
        app.tap(BookSlotView.ID_CONFIRM);
        app.waitUntil("the waiting booking", () -> app.current() instanceof Destination.Bookings
                && app.has(BookingsView.ID_OUTBOX));
        check("36-bookings-waiting", mode);

        app.takeEveryPlace(Long.parseLong(provider.substring(ProvidersView.TIMES_PREFIX.length())),
                Long.parseLong(slot.substring(SlotsView.SLOT_PREFIX.length())));
        network.offline.set(false);
        app.tap(app.firstId(OutboxCards.SEND_PREFIX));
        app.waitUntil("the refusal", () -> !app.ids(OutboxCards.DISMISS_PREFIX).isEmpty());
        check("37-bookings-refused", mode);
        app.resetTo(new Destination.Inbox());
        app.waitUntil("the refusal in the inbox", () -> app.has(InboxView.ID_REFUSED));
        check("38-inbox-refused", mode);
        app.tap(app.firstId(OutboxCards.DISMISS_PREFIX));
        app.waitUntil("the note to go", () -> !app.has(InboxView.ID_REFUSED));
    }

    /** 张丽, a carer: home with respite care first, the switcher, the respite form, rating 刘洋's finished respite care. */
    private void carer(DisplayMode mode) {
        signInAs("13900000101");
        assertTrue(app.has(AppShell.ID_ACTING_FOR));
        assertTrue(app.has(HomeView.ID_RESPITE));
        check("14-home-carer", mode);
        app.tap(AppShell.ID_SWITCH);
        app.waitUntil("the unread counts", () -> app.allText().contains(mode.lang() == Lang.EN ? "unread" : "未读"));
        check("39-acting-for", mode);
        app.resetTo(new Destination.Home());
        app.tap(HomeView.ID_RESPITE);
        check("40-respite-form", mode);

        app.resetTo(new Destination.Requests());
        app.waitUntil("the requests", () -> !app.ids(RequestsView.ROW_PREFIX).isEmpty());
        app.tap(app.firstId(RequestsView.ROW_PREFIX));
        app.waitUntil("the rating", () -> app.has(RequestDetailView.ID_RATE));
        check("41-request-rating", mode);
        app.tap(RequestDetailView.ID_RATE);
        app.waitUntil("the error", () -> app.has(".hz-field-error"));
        check("42-request-rating-errors", mode);
    }
}
