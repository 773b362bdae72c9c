package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.BenefitFinderResponse;
import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.CertificateDto;
import cn.huzhong.care.core.api.CreateBooking;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.api.HotlineDto;
import cn.huzhong.care.core.api.HotlineThreadDetail;
import cn.huzhong.care.core.api.HotlineThreadSummary;
import cn.huzhong.care.core.api.InboxMessage;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.ResidentProfile;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.api.ServiceRequestSummary;
import cn.huzhong.care.core.api.SlotDay;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.api.UnreadCount;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.HotlineTopic;
import cn.huzhong.care.core.domain.ServiceKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Fake repositories behind the real interfaces: each call answers the next future the test queued (or a
 * never-completing one, to look at the waiting state), and every call is recorded.
 */
public final class FakeRepositories implements ResidentRepository, SubsidyRepository, HotlineRepository,
        RequestRepository, BookingRepository, TextHotlineRepository, MessageRepository {
    public final Queue<Loaded<ResidentProfile>> profile = new Queue<>();
    public final Queue<Loaded<CertificateDto>> certificate = new Queue<>();
    public final Queue<CertificateDto> reveal = new Queue<>();
    public final Queue<Loaded<List<SubsidySummary>>> subsidies = new Queue<>();
    public final Queue<Loaded<SubsidyDetail>> subsidy = new Queue<>();
    public final Queue<Loaded<BenefitFinderResponse>> finder = new Queue<>();
    public final Queue<SubsidyDetail> apply = new Queue<>();
    public final Queue<Loaded<List<HotlineDto>>> hotlines = new Queue<>();
    public final List<String> calls = new CopyOnWriteArrayList<>();
    public final Queue<Loaded<List<ServiceRequestSummary>>> requests = new Queue<>();
    public final Queue<Loaded<ServiceRequestDetail>> request = new Queue<>();
    public final Queue<ServiceRequestDetail> cancelRequest = new Queue<>();
    public final Queue<ServiceRequestDetail> rate = new Queue<>();
    public final Queue<Loaded<List<ProviderDto>>> providers = new Queue<>();
    public final Queue<Loaded<List<SlotDay>>> slots = new Queue<>();
    public final Queue<Loaded<BookingRepository.Lists>> bookings = new Queue<>();
    public final Queue<Loaded<BookingDto>> booking = new Queue<>();
    public final Queue<BookingDto> cancelBooking = new Queue<>();
    public final Queue<BookingDto> reschedule = new Queue<>();
    public final Queue<Loaded<List<HotlineThreadSummary>>> threads = new Queue<>();
    public final Queue<Loaded<HotlineThreadDetail>> thread = new Queue<>();
    public final Queue<HotlineThreadDetail> write = new Queue<>();
    public final Queue<HotlineThreadDetail> writeAgain = new Queue<>();
    public final Queue<Loaded<List<InboxMessage>>> messages = new Queue<>();
    public final Queue<Loaded<UnreadCount>> unread = new Queue<>();
    public final Queue<InboxMessage> markRead = new Queue<>();
    public final Queue<UnreadCount> markAllRead = new Queue<>();

    /** Futures handed out in order; when none is queued, one that never completes. */
    public static final class Queue<T> {
        private final List<CompletableFuture<T>> queued = new ArrayList<>();

        public synchronized Queue<T> then(T value) {
            queued.add(CompletableFuture.completedFuture(value));
            return this;
        }

        public synchronized Queue<T> thenFail(Throwable t) {
            queued.add(CompletableFuture.failedFuture(t));
            return this;
        }

        public synchronized CompletableFuture<T> thenWait() {
            CompletableFuture<T> f = new CompletableFuture<>();
            queued.add(f);
            return f;
        }

        synchronized CompletableFuture<T> next() {
            return queued.isEmpty() ? new CompletableFuture<>() : queued.remove(0);
        }
    }

    public static <T> Loaded<T> fresh(T value) {
        return new Loaded<>(value, java.time.Instant.parse("2026-11-28T02:00:00Z"), false);
    }

    public static <T> Loaded<T> cached(T value, java.time.Instant savedAt) {
        return new Loaded<>(value, savedAt, true);
    }

    @Override
    public CompletableFuture<Loaded<ResidentProfile>> profile() {
        calls.add("profile");
        return profile.next();
    }

    @Override
    public CompletableFuture<Loaded<CertificateDto>> certificate() {
        calls.add("certificate");
        return certificate.next();
    }

    @Override
    public CompletableFuture<CertificateDto> revealCertificate() {
        calls.add("reveal");
        return reveal.next();
    }

    @Override
    public CompletableFuture<Loaded<List<SubsidySummary>>> subsidies() {
        calls.add("subsidies");
        return subsidies.next();
    }

    @Override
    public CompletableFuture<Loaded<SubsidyDetail>> subsidy(long subsidyId) {
        calls.add("subsidy " + subsidyId);
        return subsidy.next();
    }

    @Override
    public CompletableFuture<Loaded<BenefitFinderResponse>> benefitFinder() {
        calls.add("finder");
        return finder.next();
    }

    @Override
    public CompletableFuture<SubsidyDetail> apply(BenefitKind kind, String idempotencyKey) {
        calls.add("apply " + kind + " " + idempotencyKey);
        return apply.next();
    }

    @Override
    public CompletableFuture<Loaded<List<HotlineDto>>> hotlines() {
        calls.add("hotlines");
        return hotlines.next();
    }

    // ---- issue 4 ----

    @Override
    public CompletableFuture<Loaded<List<ServiceRequestSummary>>> requests() {
        calls.add("requests");
        return requests.next();
    }

    @Override
    public CompletableFuture<Loaded<ServiceRequestDetail>> request(long requestId) {
        calls.add("request " + requestId);
        return request.next();
    }

    @Override
    public CompletableFuture<ServiceRequestDetail> cancel(long requestId, String reason, String idempotencyKey) {
        calls.add("cancelRequest " + requestId + " " + reason + " " + idempotencyKey);
        return cancelRequest.next();
    }

    @Override
    public CompletableFuture<ServiceRequestDetail> rate(long requestId, int rating, String comment, String idempotencyKey) {
        calls.add("rate " + requestId + " " + rating + " " + comment + " " + idempotencyKey);
        return rate.next();
    }

    @Override
    public CompletableFuture<Loaded<List<ProviderDto>>> providers(ServiceKind service) {
        calls.add("providers " + service);
        return providers.next();
    }

    @Override
    public CompletableFuture<Loaded<List<SlotDay>>> slots(ServiceKind service, long providerId, LocalDate from, int days) {
        calls.add("slots " + service + " " + providerId + " " + from + " " + days);
        return slots.next();
    }

    @Override
    public CompletableFuture<Loaded<BookingRepository.Lists>> bookings() {
        calls.add("bookings");
        return bookings.next();
    }

    @Override
    public CompletableFuture<Loaded<BookingDto>> booking(long bookingId) {
        calls.add("booking " + bookingId);
        return booking.next();
    }

    @Override
    public CompletableFuture<BookingDto> cancel(long bookingId, String idempotencyKey) {
        calls.add("cancelBooking " + bookingId + " " + idempotencyKey);
        return cancelBooking.next();
    }

    @Override
    public CompletableFuture<BookingDto> reschedule(long bookingId, long slotId, String idempotencyKey) {
        calls.add("reschedule " + bookingId + " " + slotId + " " + idempotencyKey);
        return reschedule.next();
    }

    @Override
    public CompletableFuture<Loaded<List<HotlineThreadSummary>>> threads() {
        calls.add("threads");
        return threads.next();
    }

    @Override
    public CompletableFuture<Loaded<HotlineThreadDetail>> thread(long threadId) {
        calls.add("thread " + threadId);
        return thread.next();
    }

    @Override
    public CompletableFuture<HotlineThreadDetail> write(HotlineTopic topic, String message, String idempotencyKey) {
        calls.add("write " + topic + " " + message + " " + idempotencyKey);
        return write.next();
    }

    @Override
    public CompletableFuture<HotlineThreadDetail> writeAgain(long threadId, String message, String idempotencyKey) {
        calls.add("writeAgain " + threadId + " " + message + " " + idempotencyKey);
        return writeAgain.next();
    }

    @Override
    public CompletableFuture<Loaded<List<InboxMessage>>> messages() {
        calls.add("messages");
        return messages.next();
    }

    @Override
    public CompletableFuture<Loaded<UnreadCount>> unread() {
        calls.add("unread");
        return unread.next();
    }

    @Override
    public CompletableFuture<InboxMessage> markRead(long messageId) {
        calls.add("markRead " + messageId);
        return markRead.next();
    }

    @Override
    public CompletableFuture<UnreadCount> markAllRead() {
        calls.add("markAllRead");
        return markAllRead.next();
    }

    /** An outbox in memory: answers queued submissions, holds the items a test puts in, records what it was asked. */
    public static final class FakeOutbox implements Outbox {
        public final Queue<Submission<ServiceRequestDetail>> requestAnswers = new Queue<>();
        public final Queue<Submission<BookingDto>> bookingAnswers = new Queue<>();
        public final List<CreateServiceRequest> submittedRequests = new CopyOnWriteArrayList<>();
        public final List<CreateBooking> submittedBookings = new CopyOnWriteArrayList<>();
        public final List<OutboxItem.BookingInfo> submittedInfos = new CopyOnWriteArrayList<>();
        public final List<OutboxItem> items = new CopyOnWriteArrayList<>();
        public final List<String> dismissed = new CopyOnWriteArrayList<>();
        public final List<Runnable> listeners = new CopyOnWriteArrayList<>();
        public volatile int sendNowCalls;

        @Override
        public CompletableFuture<Submission<ServiceRequestDetail>> submitRequest(CreateServiceRequest request) {
            submittedRequests.add(request);
            return requestAnswers.next();
        }

        @Override
        public CompletableFuture<Submission<BookingDto>> submitBooking(CreateBooking booking, OutboxItem.BookingInfo info) {
            submittedBookings.add(booking);
            submittedInfos.add(info);
            return bookingAnswers.next();
        }

        @Override
        public List<OutboxItem> items(OutboxItem.Kind kind) {
            return items.stream().filter(i -> i.kind() == kind).toList();
        }

        @Override
        public int unsent() {
            return (int) items.stream().filter(OutboxItem::waiting).count();
        }

        @Override
        public void sendNow() {
            sendNowCalls++;
        }

        @Override
        public CompletableFuture<Void> dismiss(String key) {
            dismissed.add(key);
            items.removeIf(i -> i.key().equals(key));
            changed();
            return CompletableFuture.completedFuture(null);
        }

        /** Tells the listeners, as the real outbox does after any change. */
        public void changed() {
            listeners.forEach(Runnable::run);
        }

        @Override
        public void addListener(Runnable listener) {
            listeners.add(listener);
        }

        @Override
        public void removeListener(Runnable listener) {
            listeners.remove(listener);
        }
    }

    /** A session repository in memory. */
    public static final class Sessions implements SessionRepository {
        private volatile Session session;
        private final List<Consumer<Optional<Session>>> listeners = new CopyOnWriteArrayList<>();
        public final Queue<Session> signIn = new Queue<>();
        public final List<String> signInCalls = new CopyOnWriteArrayList<>();
        public volatile int signOuts;

        public Sessions(Session initial) {
            this.session = initial;
        }

        @Override
        public Optional<Session> current() {
            return Optional.ofNullable(session);
        }

        @Override
        public CompletableFuture<Session> signIn(String phone, String password) {
            signInCalls.add(phone + "/" + password);
            return signIn.next().thenApply(s -> {
                set(s);
                return s;
            });
        }

        @Override
        public CompletableFuture<Void> signOut() {
            signOuts++;
            set(null);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> actFor(long residentId) {
            set(session.withSubject(residentId));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void expired() {
            set(null);
        }

        private void set(Session s) {
            session = s;
            listeners.forEach(l -> l.accept(Optional.ofNullable(s)));
        }

        @Override
        public void addListener(Consumer<Optional<Session>> listener) {
            listeners.add(listener);
        }
    }

    /** Settings in memory. */
    public static final class Settings implements SettingsRepository {
        private volatile AppSettings current = AppSettings.DEFAULTS;
        private final List<Consumer<AppSettings>> listeners = new CopyOnWriteArrayList<>();

        @Override
        public AppSettings current() {
            return current;
        }

        @Override
        public void update(AppSettings settings) {
            current = settings;
            listeners.forEach(l -> l.accept(settings));
        }

        @Override
        public void addListener(Consumer<AppSettings> listener) {
            listeners.add(listener);
        }
    }
}
