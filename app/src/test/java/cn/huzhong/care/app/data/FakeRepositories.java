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
 * Fake repositories behind the real interfaces: each call answers the next read or future the test queued (or a
 * never-completing one, to look at the waiting state), and every call is recorded.
 */
public final class FakeRepositories implements ResidentRepository, SubsidyRepository, HotlineRepository,
        RequestRepository, BookingRepository, TextHotlineRepository, MessageRepository {
    public final Reads<ResidentProfile> profile = new Reads<>();
    public final Reads<CertificateDto> certificate = new Reads<>();
    public final Queue<CertificateDto> reveal = new Queue<>();
    public final Reads<List<SubsidySummary>> subsidies = new Reads<>();
    public final Reads<SubsidyDetail> subsidy = new Reads<>();
    public final Reads<BenefitFinderResponse> finder = new Reads<>();
    public final Queue<SubsidyDetail> apply = new Queue<>();
    public final Reads<List<HotlineDto>> hotlines = new Reads<>();
    public final List<String> calls = new CopyOnWriteArrayList<>();
    public final Reads<Paged<ServiceRequestSummary>> requests = new Reads<>();
    public final Queue<Loaded<Paged<ServiceRequestSummary>>> moreRequests = new Queue<>();
    public final Reads<ServiceRequestDetail> request = new Reads<>();
    public final Queue<ServiceRequestDetail> cancelRequest = new Queue<>();
    public final Queue<ServiceRequestDetail> rate = new Queue<>();
    public final Reads<List<ProviderDto>> providers = new Reads<>();
    public final Reads<List<SlotDay>> slots = new Reads<>();
    public final Reads<BookingRepository.Lists> bookings = new Reads<>();
    public final Queue<Loaded<BookingRepository.Lists>> morePast = new Queue<>();
    public final Reads<BookingDto> booking = new Reads<>();
    public final Queue<BookingDto> cancelBooking = new Queue<>();
    public final Queue<BookingDto> reschedule = new Queue<>();
    public final Reads<Paged<HotlineThreadSummary>> threads = new Reads<>();
    public final Queue<Loaded<Paged<HotlineThreadSummary>>> moreThreads = new Queue<>();
    public final Reads<HotlineThreadDetail> thread = new Reads<>();
    public final Queue<HotlineThreadDetail> write = new Queue<>();
    public final Queue<HotlineThreadDetail> writeAgain = new Queue<>();
    public final Reads<Paged<InboxMessage>> messages = new Reads<>();
    public final Queue<Loaded<Paged<InboxMessage>>> moreMessages = new Queue<>();
    public final Reads<UnreadCount> unread = new Reads<>();
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

    /**
     * Reads handed out in order, each a {@link Reading}; when none is queued, one with nothing on the device whose
     * answer never comes.
     */
    public static final class Reads<T> {
        private final List<Reading<T>> queued = new ArrayList<>();

        /**
         * The server answers {@code l}; or, when {@code l} is {@link #cached} (as the old network-first fakes said
         * "offline, here is the copy"), the device holds {@code l} and the server cannot be reached.
         */
        public synchronized Reads<T> then(Loaded<T> l) {
            queued.add(l.fromCache() ? Reading.of(l, CompletableFuture.failedFuture(Fixtures.offline()))
                    : Reading.answered(l));
            return this;
        }

        /** Nothing on the device; the server fails with {@code t}. */
        public synchronized Reads<T> thenFail(Throwable t) {
            queued.add(Reading.of(null, CompletableFuture.failedFuture(t)));
            return this;
        }

        public synchronized Reads<T> then(Reading<T> r) {
            queued.add(r);
            return this;
        }

        /** A read whose every step the test completes by hand, device copy first. */
        public synchronized Pending<T> thenWait() {
            Pending<T> p = new Pending<>();
            queued.add(p.reading());
            return p;
        }

        synchronized Reading<T> next() {
            return queued.isEmpty() ? new Pending<T>().reading() : queued.remove(0);
        }
    }

    /** The four steps of a read, completed by the test. */
    public static final class Pending<T> {
        public final CompletableFuture<java.util.Optional<Loaded<T>>> cached = new CompletableFuture<>();
        public final CompletableFuture<Loaded<T>> fresh = new CompletableFuture<>();
        public final CompletableFuture<Void> slow = new CompletableFuture<>();
        public final CompletableFuture<Void> overdue = new CompletableFuture<>();
        private final Reading<T> reading = new Reading<>(cached, fresh, slow, overdue);

        public Reading<T> reading() {
            return reading;
        }

        /** The device holds nothing. */
        public Pending<T> nothingCached() {
            cached.complete(java.util.Optional.empty());
            return this;
        }

        /** The device holds {@code value}, saved at {@code savedAt}. */
        public Pending<T> cached(T value, java.time.Instant savedAt) {
            cached.complete(java.util.Optional.of(new Loaded<>(value, savedAt, true)));
            return this;
        }

        /** The server answers {@code value}. */
        public void answer(T value) {
            fresh.complete(FakeRepositories.fresh(value));
        }

        public void fail(Throwable t) {
            fresh.completeExceptionally(t);
        }

        /** For the old style of test: completes the server's answer with {@code l}. */
        public void complete(Loaded<T> l) {
            if (!cached.isDone()) {
                cached.complete(java.util.Optional.empty());
            }
            fresh.complete(l);
        }
    }

    public static <T> Loaded<T> fresh(T value) {
        return new Loaded<>(value, java.time.Instant.parse("2026-11-28T02:00:00Z"), false);
    }

    public static <T> Loaded<T> cached(T value, java.time.Instant savedAt) {
        return new Loaded<>(value, savedAt, true);
    }

    /** One page holding {@code items}, the server having no more. */
    public static <T> Paged<T> page(List<T> items) {
        return new Paged<>(items, 1, false);
    }

    @Override
    public Reading<ResidentProfile> profile() {
        calls.add("profile");
        return profile.next();
    }

    @Override
    public Reading<CertificateDto> certificate() {
        calls.add("certificate");
        return certificate.next();
    }

    @Override
    public CompletableFuture<CertificateDto> revealCertificate() {
        calls.add("reveal");
        return reveal.next();
    }

    @Override
    public Reading<List<SubsidySummary>> subsidies() {
        calls.add("subsidies");
        return subsidies.next();
    }

    @Override
    public Reading<SubsidyDetail> subsidy(long subsidyId) {
        calls.add("subsidy " + subsidyId);
        return subsidy.next();
    }

    @Override
    public Reading<BenefitFinderResponse> benefitFinder() {
        calls.add("finder");
        return finder.next();
    }

    @Override
    public CompletableFuture<SubsidyDetail> apply(BenefitKind kind, String idempotencyKey) {
        calls.add("apply " + kind + " " + idempotencyKey);
        return apply.next();
    }

    @Override
    public Reading<List<HotlineDto>> hotlines() {
        calls.add("hotlines");
        return hotlines.next();
    }

    // ---- issue 4 ----

    @Override
    public Reading<Paged<ServiceRequestSummary>> requests() {
        calls.add("requests");
        return requests.next();
    }

    @Override
    public CompletableFuture<Loaded<Paged<ServiceRequestSummary>>> moreRequests() {
        calls.add("moreRequests");
        return moreRequests.next();
    }

    @Override
    public Reading<ServiceRequestDetail> request(long requestId) {
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
    public Reading<List<ProviderDto>> providers(ServiceKind service) {
        calls.add("providers " + service);
        return providers.next();
    }

    @Override
    public Reading<List<SlotDay>> slots(ServiceKind service, long providerId, LocalDate from, int days) {
        calls.add("slots " + service + " " + providerId + " " + from + " " + days);
        return slots.next();
    }

    @Override
    public Reading<BookingRepository.Lists> bookings() {
        calls.add("bookings");
        return bookings.next();
    }

    @Override
    public CompletableFuture<Loaded<BookingRepository.Lists>> morePastBookings() {
        calls.add("morePastBookings");
        return morePast.next();
    }

    @Override
    public Reading<BookingDto> booking(long bookingId) {
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
    public Reading<Paged<HotlineThreadSummary>> threads() {
        calls.add("threads");
        return threads.next();
    }

    @Override
    public CompletableFuture<Loaded<Paged<HotlineThreadSummary>>> moreThreads() {
        calls.add("moreThreads");
        return moreThreads.next();
    }

    @Override
    public Reading<HotlineThreadDetail> thread(long threadId) {
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
    public Reading<Paged<InboxMessage>> messages() {
        calls.add("messages");
        return messages.next();
    }

    @Override
    public CompletableFuture<Loaded<Paged<InboxMessage>>> moreMessages() {
        calls.add("moreMessages");
        return moreMessages.next();
    }

    @Override
    public Reading<UnreadCount> unread() {
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
