package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.CancelRequest;
import cn.huzhong.care.core.api.CreateHotlineThread;
import cn.huzhong.care.core.api.HotlineMessageRequest;
import cn.huzhong.care.core.api.HotlineThreadDetail;
import cn.huzhong.care.core.api.HotlineThreadSummary;
import cn.huzhong.care.core.api.InboxMessage;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.RatingRequest;
import cn.huzhong.care.core.api.RescheduleRequest;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.api.ServiceRequestSummary;
import cn.huzhong.care.core.api.SlotDay;
import cn.huzhong.care.core.api.UnreadCount;
import cn.huzhong.care.core.domain.HotlineTopic;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.i18n.Lang;
import com.google.gson.reflect.TypeToken;

import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The repositories of issue 4's features over the {@link Api}, the device cache and the session: requests,
 * bookings, the text hotline and the inbox. Reads go through {@link DataSource#load} (fresh, else the cached copy
 * marked with its age), keyed by the person they are about; changes go through {@link DataSource#run}.
 */
public final class ServiceRepositories implements RequestRepository, BookingRepository, TextHotlineRepository,
        MessageRepository {
    private static final Type REQUESTS = new TypeToken<List<ServiceRequestSummary>>() { }.getType();
    private static final Type PROVIDERS = new TypeToken<List<ProviderDto>>() { }.getType();
    private static final Type SLOT_DAYS = new TypeToken<List<SlotDay>>() { }.getType();
    private static final Type THREADS = new TypeToken<List<HotlineThreadSummary>>() { }.getType();
    private static final Type INBOX = new TypeToken<List<InboxMessage>>() { }.getType();
    /** The API's largest page: more than any one person has of any of these. */
    private static final int LIST_SIZE = 100;
    /** The inbox shows the newest 50. */
    private static final int INBOX_SIZE = 50;

    private final Api api;
    private final DataSource data;
    private final SignedIn signedIn;
    private final Supplier<Lang> lang;

    public ServiceRepositories(Api api, DataSource data, SessionRepository sessions, Supplier<Lang> lang) {
        this.api = api;
        this.data = data;
        this.signedIn = new SignedIn(data, sessions);
        this.lang = lang;
    }

    private String langKey() {
        return lang.get().name().toLowerCase(Locale.ROOT);
    }

    // ---- requests ----

    @Override
    public CompletableFuture<Loaded<List<ServiceRequestSummary>>> requests() {
        return signedIn.load("requests", REQUESTS,
                s -> api.requests(s.token(), s.requireSubjectId(), 1, LIST_SIZE, lang.get()).items());
    }

    @Override
    public CompletableFuture<Loaded<ServiceRequestDetail>> request(long requestId) {
        return signedIn.load("request-" + requestId, ServiceRequestDetail.class,
                s -> api.request(s.token(), s.requireSubjectId(), requestId, lang.get()));
    }

    @Override
    public CompletableFuture<ServiceRequestDetail> cancel(long requestId, String reason, String idempotencyKey) {
        Session s = signedIn.session();
        String r = reason == null || reason.isBlank() ? null : reason.strip();
        return data.run(() -> api.cancelRequest(s.token(), s.requireSubjectId(), requestId, new CancelRequest(r),
                idempotencyKey, lang.get()));
    }

    @Override
    public CompletableFuture<ServiceRequestDetail> rate(long requestId, int rating, String comment, String idempotencyKey) {
        Session s = signedIn.session();
        String c = comment == null || comment.isBlank() ? null : comment.strip();
        return data.run(() -> api.rateRequest(s.token(), s.requireSubjectId(), requestId, new RatingRequest(rating, c),
                idempotencyKey, lang.get()));
    }

    // ---- bookings ----

    @Override
    public CompletableFuture<Loaded<List<ProviderDto>>> providers(ServiceKind service) {
        Session s = signedIn.session();
        return data.load("providers-" + service.name().toLowerCase(Locale.ROOT) + "-" + langKey(), PROVIDERS,
                () -> api.providers(s.token(), service, lang.get()));
    }

    @Override
    public CompletableFuture<Loaded<List<SlotDay>>> slots(ServiceKind service, long providerId, LocalDate from, int days) {
        Session s = signedIn.session();
        String key = "slots-" + service.name().toLowerCase(Locale.ROOT) + "-" + providerId + "-" + from + "-" + days
                + "-" + langKey();
        return data.load(key, SLOT_DAYS, () -> api.slots(s.token(), service, providerId, from, days, lang.get()));
    }

    @Override
    public CompletableFuture<Loaded<Lists>> bookings() {
        return signedIn.load("bookings", Lists.class, s -> new Lists(
                api.bookings(s.token(), s.requireSubjectId(), false, 1, LIST_SIZE, lang.get()).items(),
                api.bookings(s.token(), s.requireSubjectId(), true, 1, LIST_SIZE, lang.get()).items()));
    }

    @Override
    public CompletableFuture<Loaded<BookingDto>> booking(long bookingId) {
        return signedIn.load("booking-" + bookingId, BookingDto.class,
                s -> api.booking(s.token(), s.requireSubjectId(), bookingId, lang.get()));
    }

    @Override
    public CompletableFuture<BookingDto> cancel(long bookingId, String idempotencyKey) {
        Session s = signedIn.session();
        return data.run(() -> api.cancelBooking(s.token(), s.requireSubjectId(), bookingId, idempotencyKey, lang.get()));
    }

    @Override
    public CompletableFuture<BookingDto> reschedule(long bookingId, long slotId, String idempotencyKey) {
        Session s = signedIn.session();
        return data.run(() -> api.reschedule(s.token(), s.requireSubjectId(), bookingId, new RescheduleRequest(slotId),
                idempotencyKey, lang.get()));
    }

    // ---- text hotline ----

    @Override
    public CompletableFuture<Loaded<List<HotlineThreadSummary>>> threads() {
        return signedIn.load("hotline-threads", THREADS,
                s -> api.hotlineThreads(s.token(), s.requireSubjectId(), 1, LIST_SIZE, lang.get()).items());
    }

    @Override
    public CompletableFuture<Loaded<HotlineThreadDetail>> thread(long threadId) {
        return signedIn.load("hotline-thread-" + threadId, HotlineThreadDetail.class,
                s -> api.hotlineThread(s.token(), s.requireSubjectId(), threadId, lang.get()));
    }

    @Override
    public CompletableFuture<HotlineThreadDetail> write(HotlineTopic topic, String message, String idempotencyKey) {
        Session s = signedIn.session();
        return data.run(() -> api.createHotlineThread(s.token(), s.requireSubjectId(),
                new CreateHotlineThread(topic, message.strip()), idempotencyKey, lang.get()));
    }

    @Override
    public CompletableFuture<HotlineThreadDetail> writeAgain(long threadId, String message, String idempotencyKey) {
        Session s = signedIn.session();
        return data.run(() -> api.writeHotline(s.token(), s.requireSubjectId(), threadId,
                new HotlineMessageRequest(message.strip()), idempotencyKey, lang.get()));
    }

    // ---- messages ----

    @Override
    public CompletableFuture<Loaded<List<InboxMessage>>> messages() {
        return signedIn.load("inbox", INBOX,
                s -> api.messages(s.token(), s.requireSubjectId(), false, 1, INBOX_SIZE, lang.get()).items());
    }

    @Override
    public CompletableFuture<Loaded<UnreadCount>> unread() {
        Session s = signedIn.session();
        return data.load("account-" + s.account().id() + "-unread", UnreadCount.class,
                () -> api.unreadCount(s.token(), lang.get()));
    }

    @Override
    public CompletableFuture<InboxMessage> markRead(long messageId) {
        Session s = signedIn.session();
        return data.run(() -> api.markRead(s.token(), messageId, lang.get()));
    }

    @Override
    public CompletableFuture<UnreadCount> markAllRead() {
        Session s = signedIn.session();
        return data.run(() -> api.markAllRead(s.token(), s.requireSubjectId(), lang.get()));
    }
}
