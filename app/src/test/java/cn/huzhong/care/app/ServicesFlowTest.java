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
import cn.huzhong.care.app.ui.OutboxCards;
import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.HotlineMessageRequest;
import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.core.api.ServiceRequestSummary;
import cn.huzhong.care.core.api.SessionResponse;
import cn.huzhong.care.core.domain.BookingStatus;
import cn.huzhong.care.core.domain.HotlineTopic;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.i18n.Lang;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 4 as people use it, headless against the embedded server with demo data: asking for a home visit, a carer
 * booking and cancelling for a linked resident, a booking made offline that reaches the server exactly once, one
 * that can no longer be made, the text hotline with a reply from the desk, the inbox, and the carer's switcher.
 * What the screens say is checked, and what the server holds is checked through the API itself.
 */
class ServicesFlowTest {
    @TempDir
    Path dataDir;
    AppHarness app;
    SwitchableApi network;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private void start() {
        app = AppHarness.start(dataDir, null, base -> network = new SwitchableApi(new ApiClient(base)));
    }

    private ApiClient direct() {
        return new ApiClient(() -> app.app().backend().baseUri());
    }

    private record Signed(String token, long person) {
    }

    /** Signs in beside the app, straight to the API; {@code person} is the last one the account acts for. */
    private Signed signInDirect(String phone) {
        ApiClient api = direct();
        SessionResponse s = api.signIn(phone, AppHarness.DEMO_PASSWORD, Lang.ZH);
        MeResponse me = api.me(s.token(), Lang.ZH);
        return new Signed(s.token(), me.actingFor().isEmpty() ? 0 : me.actingFor().get(me.actingFor().size() - 1).residentId());
    }

    private String today(int plusDays) {
        return app.today().plusDays(plusDays).toString();
    }

    @Test
    void resident_asksForAHomeVisit_confirms_andSeesItInTheTimeline() {
        start();
        app.signInAndWaitForHome("13900000001");
        app.tap("home-tile-request");
        app.waitUntil("the list", () -> !app.ids(RequestsView.ROW_PREFIX).isEmpty());
        int before = app.ids(RequestsView.ROW_PREFIX).size();
        app.tap(RequestsView.ID_NEW);
        app.tap(RequestTypesView.TYPE_PREFIX + ServiceRequestType.HOME_VISIT.name());
        assertEquals(new Destination.RequestForm(ServiceRequestType.HOME_VISIT), app.current());

        // no date yet: caught under its field, with core's words, before anything is sent; focus goes to it
        app.write(RequestFormView.FIELD_PREFIX + "description", "腿脚不方便，想请人上门看看。");
        app.tap(RequestFormView.ID_CHECK);
        assertFalse(app.text(RequestFormView.FIELD_PREFIX + "preferredDate-error").isBlank());
        app.waitUntil("focus on the date", () -> AppHarness.fx(() ->
                app.node(RequestFormView.FIELD_PREFIX + "preferredDate").isFocused()));
        assertTrue(network.requestKeys.isEmpty(), "nothing was sent");

        // the calendar offers no day in the past; typed, yesterday is refused in the sheet with the allowed range
        app.pickDate(RequestFormView.FIELD_PREFIX + "preferredDate", LocalDate.parse(today(-1)));
        assertTrue(app.text(cn.huzhong.care.app.ui.kit.DateField.ID_TYPED_ERROR).contains("之间"));
        assertTrue(AppHarness.fx(() -> app.node(cn.huzhong.care.app.ui.kit.DateField.DAY_PREFIX + today(0)).isDisabled()),
                "today is not offered: a visit is booked from tomorrow");
        app.tap(cn.huzhong.care.app.ui.kit.DateField.ID_CANCEL);
        app.pickDate(RequestFormView.FIELD_PREFIX + "preferredDate", LocalDate.parse(today(5)));
        assertTrue(app.text(RequestFormView.FIELD_PREFIX + "preferredDate").contains(
                LocalDate.parse(today(5)).getDayOfMonth() + "日"), "the field says the chosen day in words");
        app.tap(RequestFormView.FIELD_PREFIX + "timeOfDay-" + cn.huzhong.care.core.domain.TimeOfDay.AFTERNOON.ordinal());
        app.tap(RequestFormView.ID_CHECK);
        assertTrue(app.has(RequestFormView.ID_CONFIRM), "what will be sent is shown to confirm");
        assertTrue(app.allText().contains("下午"));
        assertTrue(network.requestKeys.isEmpty(), "confirming comes before sending");
        app.tap(RequestFormView.ID_SEND);

        app.waitUntil("the new request", () -> app.current() instanceof Destination.RequestDetail d && d.justSent()
                && app.has(RequestDetailView.ID_TIMELINE));
        assertTrue(app.has(RequestDetailView.ID_NOTICE));
        String timeline = AppHarness.fx(() -> ((javafx.scene.Parent) app.node(RequestDetailView.ID_TIMELINE))
                .lookupAll(".label").stream().map(n -> cn.huzhong.care.app.ui.text.Wrapped.sourceOf((Label) n))
                .reduce("", (a, b) -> a + "\n" + b));
        assertTrue(timeline.contains("第 1 步：已提交"), timeline);
        assertTrue(timeline.contains("办理：本人"), timeline);
        assertTrue(timeline.contains("时间："), timeline);
        assertTrue(app.allText().contains("腿脚不方便，想请人上门看看。"), "what was asked is shown");
        app.assertAccessible("flow-request-sent");

        app.tap(AppShell.ID_BACK);
        assertInstanceOf(Destination.Requests.class, app.current(), "back goes to the list, not to the form");
        app.waitUntil("the list", () -> app.ids(RequestsView.ROW_PREFIX).size() == before + 1);
        Signed wang = signInDirect("13900000001");
        List<ServiceRequestSummary> onServer = direct().requests(wang.token(), wang.person(), 1, 100, Lang.ZH).items();
        assertEquals(1, onServer.stream().filter(r -> r.type() == ServiceRequestType.HOME_VISIT
                && r.createdOn().equals(app.today())).count(), "one request on the server");
        assertEquals(1, network.requestKeys.size());
    }

    @Test
    void carer_booksRehabilitationForALinkedResident_thenCancelsIt() {
        start();
        app.signInAndWaitForHome("13900000101"); // 张丽, acting for 刘洋
        app.tap("home-tile-booking");
        app.tap(BookingsView.ID_BOOK_REHAB);
        app.tap(app.firstId(ProvidersView.TIMES_PREFIX));
        app.waitUntil("the free times", () -> !app.ids(SlotsView.SLOT_PREFIX).isEmpty());
        // a time on the third day, clear of 刘洋's booking on the next working day
        List<String> slots = app.ids(SlotsView.SLOT_PREFIX);
        String slot = slots.get(slots.size() - 1);
        app.tap(slot);
        assertTrue(app.allText().contains("刘洋"), "the confirmation says for whom");
        app.tap(BookSlotView.ID_CONFIRM);
        app.waitUntil("the booking", () -> app.current() instanceof Destination.BookingDetail
                && app.has(BookingDetailView.ID_NOTICE));
        assertTrue(app.text(BookingDetailView.ID_NOTICE).contains("预约成功"));
        assertTrue(app.text(BookingDetailView.ID_CANCEL_BY).contains("以前可以在这里取消或改期"));
        assertTrue(app.allText().contains("家属代办"), "booked by the carer: " + app.allText());
        long bookingId = ((Destination.BookingDetail) app.current()).bookingId();

        app.tap(BookingDetailView.ID_CANCEL);
        assertTrue(app.has(BookingDetailView.ID_CANCEL_CONFIRM), "cancelling asks first");
        app.assertAccessible("flow-booking-cancel-confirm");
        app.tap(BookingDetailView.ID_CANCEL_CONFIRM);
        app.waitUntil("the cancellation", () -> app.has(BookingDetailView.ID_NOTICE)
                && app.text(BookingDetailView.ID_NOTICE).contains("已取消"));
        assertTrue(app.text(BookingDetailView.ID_STATUS).contains("已取消"));
        assertFalse(app.has(BookingDetailView.ID_CANCEL), "nothing left to cancel");

        Signed zhang = signInDirect("13900000101");
        long liuYang = direct().me(zhang.token(), Lang.ZH).actingFor().get(0).residentId();
        BookingDto onServer = direct().booking(zhang.token(), liuYang, bookingId, Lang.ZH);
        assertEquals(BookingStatus.CANCELLED, onServer.status());
        assertEquals(liuYang, onServer.residentId(), "booked for 刘洋");
    }

    @Test
    void bookingMadeOffline_isSentOnceAfterReconnecting_evenWhenTheFirstAnswerIsLost() {
        start();
        app.signInAndWaitForHome("13900000002"); // 李建国
        app.go(new Destination.Providers(ServiceKind.REHABILITATION));
        app.tap(app.firstId(ProvidersView.TIMES_PREFIX));
        app.waitUntil("the free times", () -> !app.ids(SlotsView.SLOT_PREFIX).isEmpty());
        app.tap(app.firstId(SlotsView.SLOT_PREFIX));
        String when = AppHarness.fx(() -> ((Destination.BookSlot) app.current()).slot().startsAt().toInstant().toString());

        network.offline.set(true);
        app.tap(BookSlotView.ID_CONFIRM);
        app.waitUntil("the list with the waiting booking", () -> app.current() instanceof Destination.Bookings
                && !app.ids(OutboxCards.SEND_PREFIX).isEmpty());
        assertTrue(app.allText().contains("等待发送"));
        assertTrue(app.has(AppShell.ID_OFFLINE), "the offline banner says why");
        assertTrue(network.bookKeys.isEmpty(), "nothing reached the server");
        assertTrue(app.app().storage().read("outbox.json").orElseThrow().contains("WAITING"), "kept on the device");
        app.assertAccessible("flow-booking-waiting");
        app.go(new Destination.Settings());
        assertTrue(app.has(cn.huzhong.care.app.feature.settings.SettingsView.ID_UNSENT), "signing out would leave it waiting");
        app.back();

        // the network comes back, but the first answer is lost after the server has booked
        network.loseNextBookingAnswer.set(true);
        network.offline.set(false);
        app.tap(app.firstId(OutboxCards.SEND_PREFIX));
        app.waitUntil("the first send", () -> network.bookKeys.size() == 1);
        app.outboxRetryComes(); // the answer was lost: the outbox tries again by itself a little later
        app.waitUntil("the resend and the list", () -> app.ids(OutboxCards.SEND_PREFIX).isEmpty()
                && !app.ids(BookingsView.ROW_PREFIX).isEmpty());

        assertEquals(2, network.bookKeys.size(), "sent again after the lost answer");
        assertEquals(network.bookKeys.get(0), network.bookKeys.get(1), "with the same idempotency key");
        assertTrue(network.senderThreads.stream().allMatch("huzhong-outbox"::equals), "never on the FX thread");
        Signed li = signInDirect("13900000002");
        long atThatTime = direct().bookings(li.token(), li.person(), false, 1, 100, Lang.ZH).items().stream()
                .filter(b -> b.startsAt().toInstant().toString().equals(when)).count();
        assertEquals(1, atThatTime, "exactly one booking on the server");
        assertFalse(app.app().storage().read("outbox.json").orElseThrow().contains("WAITING"));
    }

    @Test
    void bookingMadeOffline_whoseTimeFillsUpMeanwhile_isReported_inTheListAndTheInbox() {
        start();
        app.signInAndWaitForHome("13900000003"); // 赵小梅
        app.go(new Destination.Providers(ServiceKind.REHABILITATION));
        String provider = app.ids(ProvidersView.TIMES_PREFIX).get(1);
        app.tap(provider);
        app.waitUntil("the free times", () -> !app.ids(SlotsView.SLOT_PREFIX).isEmpty());
        String slot = app.firstId(SlotsView.SLOT_PREFIX);
        app.tap(slot);
        network.offline.set(true);
        app.tap(BookSlotView.ID_CONFIRM);
        app.waitUntil("the waiting booking", () -> !app.ids(OutboxCards.SEND_PREFIX).isEmpty());

        app.takeEveryPlace(Long.parseLong(provider.substring(ProvidersView.TIMES_PREFIX.length())),
                Long.parseLong(slot.substring(SlotsView.SLOT_PREFIX.length())));
        network.offline.set(false);
        app.tap(app.firstId(OutboxCards.SEND_PREFIX));
        app.waitUntil("the refusal", () -> !app.ids(OutboxCards.DISMISS_PREFIX).isEmpty());
        assertTrue(app.allText().contains("未能预约：这个时段已经约满了，请选择别的时段。"), app.allText());

        app.resetTo(new Destination.Home());
        assertTrue(app.has(HomeView.ID_OUTBOX), "home says something could not be made");
        app.tap(HomeView.ID_MESSAGES_TILE);
        app.waitUntil("the inbox", () -> app.has(InboxView.ID_REFUSED));
        assertTrue(app.allText().contains("未能预约"));
        app.tap(app.firstId(OutboxCards.AGAIN_PREFIX));
        assertEquals(new Destination.Providers(ServiceKind.REHABILITATION), app.current(), "to choose another time");
        app.tap(AppShell.ID_BACK);
        app.waitUntil("the inbox", () -> app.has(InboxView.ID_REFUSED));
        app.tap(app.firstId(OutboxCards.DISMISS_PREFIX));
        app.waitUntil("the note to go", () -> !app.has(InboxView.ID_REFUSED));
        assertFalse(app.app().storage().read("outbox.json").orElseThrow().contains("FAILED"));
    }

    @Test
    void textHotline_sendsAMessage_andShowsTheDesksReply() throws Exception {
        start();
        app.signInAndWaitForHome("13900000003"); // 赵小梅, deaf
        app.tap("home-tile-hotlines");
        app.tap("hotline-write-12385"); // from the 12385 entry of the hotlines
        app.waitUntil("her threads", () -> !app.ids(ThreadsView.ROW_PREFIX).isEmpty());
        app.tap(ThreadsView.ID_WRITE);
        app.tap(ComposeView.TOPIC_PREFIX + HotlineTopic.REHABILITATION.name());
        app.write(ComposeView.ID_MESSAGE, "康复中心能安排手语翻译吗？");
        app.tap(ComposeView.ID_SEND);
        app.waitUntil("the thread", () -> app.current() instanceof Destination.HotlineThread
                && app.has(ThreadView.ID_MESSAGES));
        assertTrue(app.allText().contains("康复中心能安排手语翻译吗？"));
        assertTrue(app.text(ThreadView.ID_STATUS).contains("等待 12385 回复"));
        long threadId = ((Destination.HotlineThread) app.current()).threadId();

        // the desk of 呼源镇 answers through the staff API
        Signed staff = signInDirect("13900000303");
        String reply = "可以。请提前一天预约，我们会安排手语翻译。";
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(app.app().backend().baseUri() + ApiPaths.fill(ApiPaths.HOTLINE_REPLIES, threadId)))
                .header("Authorization", "Bearer " + staff.token())
                .header("Content-Type", "application/json")
                .header(ApiPaths.HEADER_IDEMPOTENCY_KEY, UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(Json.gson().toJson(new HotlineMessageRequest(reply)),
                        StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, answer.statusCode(), answer.body());

        app.tap(ThreadView.ID_REFRESH);
        app.waitUntil("the reply", () -> app.allText().contains(reply));
        assertTrue(app.allText().contains("12385 服务台 回复"), "who wrote it, in words");
        assertTrue(app.text(ThreadView.ID_STATUS).contains("已经回复"));
        app.assertAccessible("flow-hotline-reply");

        // and the reply is in her inbox, leading back to the thread
        app.resetTo(new Destination.Inbox());
        app.waitUntil("the inbox", () -> !app.ids(InboxView.ROW_PREFIX).isEmpty());
        String newest = app.firstId(InboxView.ROW_PREFIX);
        assertTrue(AppHarness.fx(() -> app.node(newest).getAccessibleText()).startsWith("未读"));
        app.tap(newest);
        assertEquals(new Destination.HotlineThread(threadId), app.current());

        // writing again
        app.write(ThreadView.ID_REPLY, "好的，谢谢！");
        app.tap(ThreadView.ID_SEND);
        app.waitUntil("the second message", () -> app.has(ThreadView.ID_NOTICE) && app.allText().contains("好的，谢谢！"));
    }

    @Test
    void inbox_openingAMessageMarksItRead_andLeadsToItsItem_thenAllAreMarkedRead() {
        start();
        app.signInAndWaitForHome("13900000001");
        app.waitUntil("the unread count", () -> app.text(HomeView.ID_MESSAGES_TILE).contains("条未读"));
        app.tap(HomeView.ID_MESSAGES_TILE);
        app.waitUntil("the inbox", () -> app.has(InboxView.ID_UNREAD));
        String unreadBefore = app.text(InboxView.ID_UNREAD);
        String row = app.firstId(InboxView.ROW_PREFIX);
        assertTrue(AppHarness.fx(() -> app.node(row).getAccessibleText()).startsWith("未读"), "unread is said in words");
        app.tap(row);
        assertFalse(app.current() instanceof Destination.Inbox, "it leads to what it is about: " + app.current());
        app.tap(AppShell.ID_BACK);
        app.waitUntil("the inbox again", () -> app.has(InboxView.ID_UNREAD));
        assertFalse(AppHarness.fx(() -> app.node(row).getAccessibleText()).startsWith("未读"), "now read");
        assertFalse(unreadBefore.equals(app.text(InboxView.ID_UNREAD)), "one fewer unread");

        app.tap(InboxView.ID_READ_ALL);
        app.waitUntil("all read", () -> app.has(InboxView.ID_NOTICE));
        assertTrue(app.text(InboxView.ID_UNREAD).contains("没有未读消息"));
        app.back();
        app.waitUntil("home", () -> app.text(HomeView.ID_MESSAGES_TILE).contains("没有未读消息"));
    }

    @Test
    void carer_switchesPerson_andEverythingShowsTheirData() {
        start();
        app.signInAndWaitForHome("13900000101");
        assertTrue(app.text(HomeView.ID_RESPITE).contains("刘洋"), "respite care for the person acted for, first");
        app.tap(AppShell.ID_SWITCH);
        assertInstanceOf(Destination.ActingFor.class, app.current());
        String zhang = app.ids("acting-for-").get(1);
        app.waitUntil("the unread counts", () -> app.allText().contains("未读"));
        app.tap(zhang);
        app.waitUntil("home for 张德福", () -> app.current() instanceof Destination.Home h && "张德福".equals(h.switchedTo())
                && app.has(HomeView.ID_SWITCHED));
        assertTrue(app.text(HomeView.ID_SWITCHED).contains("张德福"), "home says whose data is shown");
        String bar = AppHarness.fx(() -> ((Label) app.<Node>node(AppShell.ID_ACTING_FOR).lookup(".label")).getText());
        assertTrue(bar.contains("张德福"), bar);
        assertFalse(app.current() != null && app.app().navigator().canGoBackProperty().get(), "a fresh start");

        app.tap("home-tile-request");
        app.waitUntil("his requests", () -> !app.ids(RequestsView.ROW_PREFIX).isEmpty());
        assertTrue(app.allText().contains("日间照料"), "张德福's day care request: " + app.allText());

        app.resetTo(new Destination.Home());
        app.tap(HomeView.ID_RESPITE);
        assertEquals(new Destination.RequestForm(ServiceRequestType.RESPITE_CARE), app.current());
        assertTrue(app.allText().contains("您在为 张德福 申请"));
    }

    @Test
    void reschedule_toAFreeTime_movesTheBooking_butToOneThatFillsUp_leavesTheOldOneStanding() {
        start();
        app.signInAndWaitForHome("13900000001"); // 王秀兰, with a rehabilitation booking
        app.tap("home-tile-booking");
        app.waitUntil("her booking", () -> !app.ids(BookingsView.ROW_PREFIX).isEmpty());
        app.tap(app.firstId(BookingsView.ROW_PREFIX));
        app.waitUntil("the booking", () -> app.has(BookingDetailView.ID_RESCHEDULE));
        long bookingId = ((Destination.BookingDetail) app.current()).bookingId();
        Signed wang = signInDirect("13900000001");
        BookingDto before = direct().booking(wang.token(), wang.person(), bookingId, Lang.ZH);

        // a time that someone else takes while she confirms: the move fails, the old booking stands
        app.tap(BookingDetailView.ID_RESCHEDULE);
        app.waitUntil("the times", () -> !app.ids(SlotsView.SLOT_PREFIX).isEmpty());
        assertTrue(app.has(SlotsView.ID_RESCHEDULING), "says which booking is being moved");
        List<String> times = app.ids(SlotsView.SLOT_PREFIX);
        String contested = times.get(times.size() - 1);
        app.tap(contested);
        app.takeEveryPlace(before.provider().id(), Long.parseLong(contested.substring(SlotsView.SLOT_PREFIX.length())));
        app.tap(BookSlotView.ID_CONFIRM);
        app.waitUntil("the refusal", () -> app.has(BookSlotView.ID_MESSAGE));
        String message = app.text(BookSlotView.ID_MESSAGE);
        assertTrue(message.contains("这个时段已经约满了") && message.contains("仍然有效"), message);
        assertEquals(before, direct().booking(wang.token(), wang.person(), bookingId, Lang.ZH), "the old booking stands");
        app.assertAccessible("flow-reschedule-refused");

        // another time: moved
        app.tap(BookSlotView.ID_OTHER_TIME);
        app.waitUntil("the times again", () -> !app.ids(SlotsView.SLOT_PREFIX).isEmpty()
                && !app.ids(SlotsView.SLOT_PREFIX).contains(contested));
        app.tap(app.ids(SlotsView.SLOT_PREFIX).get(app.ids(SlotsView.SLOT_PREFIX).size() - 1));
        app.tap(BookSlotView.ID_CONFIRM);
        app.waitUntil("the moved booking", () -> app.current() instanceof Destination.BookingDetail d
                && d.notice() == Destination.BookingNotice.RESCHEDULED && app.has(BookingDetailView.ID_NOTICE));
        BookingDto after = direct().booking(wang.token(), wang.person(), bookingId, Lang.ZH);
        assertEquals(BookingStatus.BOOKED, after.status());
        assertFalse(after.startsAt().equals(before.startsAt()), "moved to the new time");
        assertTrue(app.allText().contains(after.whenText()));
    }

    @Test
    void staff_actForNoResident_homeOffersTheHotlinesOnly() {
        start();
        app.signInAndWaitForHome("13900000301");
        assertFalse(app.has("home-tile-request"), "no resident's tiles without a resident");
        assertFalse(app.has(HomeView.ID_TEXT_HOTLINE));
        app.tap(HomeView.ID_HOTLINES);
        assertInstanceOf(Destination.Hotlines.class, app.current());
        assertFalse(app.has("hotline-write-12385"), "the text channel is for residents and their carers");
        app.assertAccessible("flow-staff-hotlines");
    }
}
