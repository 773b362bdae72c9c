package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.CancelRequest;
import cn.huzhong.care.core.api.CreateHotlineThread;
import cn.huzhong.care.core.api.HotlineMessageRequest;
import cn.huzhong.care.core.api.HotlineThreadDetail;
import cn.huzhong.care.core.api.HotlineThreadSummary;
import cn.huzhong.care.core.api.InboxMessage;
import cn.huzhong.care.core.api.Page;
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
 * bookings, the text hotline and the inbox. Reads are offline first ({@link Reading}), kept under a key that names the
 * account, the person and the language; lists that grow are read page by page ({@link Paged}), each page merged into
 * the device's copy. Changes go through {@link DataSource#run}, and their answers go into the device's copies, so
 * every screen shows the change at once.
 */
public final class ServiceRepositories implements RequestRepository, BookingRepository, TextHotlineRepository,
        MessageRepository {
    private static final Type REQUESTS = new TypeToken<Paged<ServiceRequestSummary>>() { }.getType();
    private static final Type PROVIDERS = new TypeToken<List<ProviderDto>>() { }.getType();
    private static final Type SLOT_DAYS = new TypeToken<List<SlotDay>>() { }.getType();
    private static final Type THREADS = new TypeToken<Paged<HotlineThreadSummary>>() { }.getType();
    private static final Type INBOX = new TypeToken<Paged<InboxMessage>>() { }.getType();
    /** The API's largest page: upcoming bookings fit in one (slots are published four weeks ahead). */
    private static final int UPCOMING_SIZE = 100;

    private final Api api;
    private final DataSource data;
    private final SignedIn signedIn;

    public ServiceRepositories(Api api, DataSource data, SessionRepository sessions, Supplier<Lang> lang) {
        this.api = api;
        this.data = data;
        this.signedIn = new SignedIn(data, sessions, lang);
    }

    // ---- requests ----

    @Override
    public Reading<Paged<ServiceRequestSummary>> requests() {
        Lang l = signedIn.lang();
        return signedIn.readPaged("requests", REQUESTS,
                (s, page, size) -> api.requests(s.token(), s.requireSubjectId(), page, size, l));
    }

    @Override
    public CompletableFuture<Loaded<Paged<ServiceRequestSummary>>> moreRequests() {
        Lang l = signedIn.lang();
        return signedIn.more("requests", REQUESTS, ServiceRequestSummary::id,
                (s, page, size) -> api.requests(s.token(), s.requireSubjectId(), page, size, l));
    }

    @Override
    public Reading<ServiceRequestDetail> request(long requestId) {
        Lang l = signedIn.lang();
        return signedIn.read("request-" + requestId, ServiceRequestDetail.class,
                s -> api.request(s.token(), s.requireSubjectId(), requestId, l));
    }

    @Override
    public CompletableFuture<ServiceRequestDetail> cancel(long requestId, String reason, String idempotencyKey) {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        String r = reason == null || reason.isBlank() ? null : reason.strip();
        return data.run(() -> requestChanged(s, api.cancelRequest(s.token(), s.requireSubjectId(), requestId,
                new CancelRequest(r), idempotencyKey, l)));
    }

    @Override
    public CompletableFuture<ServiceRequestDetail> rate(long requestId, int rating, String comment, String idempotencyKey) {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        String c = comment == null || comment.isBlank() ? null : comment.strip();
        return data.run(() -> requestChanged(s, api.rateRequest(s.token(), s.requireSubjectId(), requestId,
                new RatingRequest(rating, c), idempotencyKey, l)));
    }

    /** The server's answer to a change is the request as it is now: in its own copy, and in the list's. */
    private ServiceRequestDetail requestChanged(Session s, ServiceRequestDetail d) {
        signedIn.keep(s, "request-" + d.summary().id(), d);
        signedIn.<Paged<ServiceRequestSummary>>update(s, "requests", REQUESTS,
                p -> p.with(d.summary(), ServiceRequestSummary::id));
        return d;
    }

    // ---- bookings ----

    @Override
    public Reading<List<ProviderDto>> providers(ServiceKind service) {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        return data.read(SignedIn.sharedKey("providers-" + service.name().toLowerCase(Locale.ROOT), l), PROVIDERS,
                () -> api.providers(s.token(), service, l));
    }

    @Override
    public Reading<List<SlotDay>> slots(ServiceKind service, long providerId, LocalDate from, int days) {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        String key = SignedIn.sharedKey("slots-" + service.name().toLowerCase(Locale.ROOT) + "-" + providerId + "-" + from
                + "-" + days, l);
        return data.read(key, SLOT_DAYS, () -> api.slots(s.token(), service, providerId, from, days, l));
    }

    @Override
    public Reading<Lists> bookings() {
        Lang l = signedIn.lang();
        String key = signedIn.key("bookings");
        return signedIn.read("bookings", Lists.class, s -> {
            int pagesRead = data.cache().<Lists>get(key, Lists.class).map(e -> e.value().past().pages()).orElse(1);
            List<BookingDto> upcoming = api.bookings(s.token(), s.requireSubjectId(), false, 1, UPCOMING_SIZE, l).items();
            Page<BookingDto> past = api.bookings(s.token(), s.requireSubjectId(), true, 1, Paged.refreshSize(pagesRead), l);
            return new Lists(upcoming, Paged.refreshed(past, pagesRead));
        });
    }

    @Override
    public CompletableFuture<Loaded<Lists>> morePastBookings() {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        return data.more(SignedIn.key(s, "bookings", l), Lists.class, Lists::past,
                (lists, past) -> new Lists(lists.upcoming(), past), BookingDto::id,
                (page, size) -> api.bookings(s.token(), s.requireSubjectId(), true, page, size, l));
    }

    @Override
    public Reading<BookingDto> booking(long bookingId) {
        Lang l = signedIn.lang();
        return signedIn.read("booking-" + bookingId, BookingDto.class,
                s -> api.booking(s.token(), s.requireSubjectId(), bookingId, l));
    }

    @Override
    public CompletableFuture<BookingDto> cancel(long bookingId, String idempotencyKey) {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        return data.run(() -> {
            BookingDto b = api.cancelBooking(s.token(), s.requireSubjectId(), bookingId, idempotencyKey, l);
            signedIn.keep(s, "booking-" + b.id(), b);
            // no longer upcoming: first among the past ones
            signedIn.<Lists>update(s, "bookings", Lists.class, lists -> new Lists(
                    lists.upcoming().stream().filter(x -> x.id() != b.id()).toList(),
                    new Paged<>(java.util.stream.Stream.concat(java.util.stream.Stream.of(b),
                            lists.past().items().stream().filter(x -> x.id() != b.id())).toList(),
                            lists.past().pages(), lists.past().more())));
            return b;
        });
    }

    @Override
    public CompletableFuture<BookingDto> reschedule(long bookingId, long slotId, String idempotencyKey) {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        return data.run(() -> {
            BookingDto moved = api.reschedule(s.token(), s.requireSubjectId(), bookingId, new RescheduleRequest(slotId),
                    idempotencyKey, l);
            signedIn.keep(s, "booking-" + moved.id(), moved);
            if (moved.id() != bookingId) {
                signedIn.forget(s, "booking-" + bookingId);
            }
            // the lists change in more ways than are worth working out here (the old one may now be cancelled)
            signedIn.forget(s, "bookings");
            return moved;
        });
    }

    // ---- text hotline ----

    @Override
    public Reading<Paged<HotlineThreadSummary>> threads() {
        Lang l = signedIn.lang();
        return signedIn.readPaged("hotline-threads", THREADS,
                (s, page, size) -> api.hotlineThreads(s.token(), s.requireSubjectId(), page, size, l));
    }

    @Override
    public CompletableFuture<Loaded<Paged<HotlineThreadSummary>>> moreThreads() {
        Lang l = signedIn.lang();
        return signedIn.more("hotline-threads", THREADS, HotlineThreadSummary::id,
                (s, page, size) -> api.hotlineThreads(s.token(), s.requireSubjectId(), page, size, l));
    }

    @Override
    public Reading<HotlineThreadDetail> thread(long threadId) {
        Lang l = signedIn.lang();
        return signedIn.read("hotline-thread-" + threadId, HotlineThreadDetail.class,
                s -> api.hotlineThread(s.token(), s.requireSubjectId(), threadId, l));
    }

    @Override
    public CompletableFuture<HotlineThreadDetail> write(HotlineTopic topic, String message, String idempotencyKey) {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        return data.run(() -> threadChanged(s, api.createHotlineThread(s.token(), s.requireSubjectId(),
                new CreateHotlineThread(topic, message.strip()), idempotencyKey, l)));
    }

    @Override
    public CompletableFuture<HotlineThreadDetail> writeAgain(long threadId, String message, String idempotencyKey) {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        return data.run(() -> threadChanged(s, api.writeHotline(s.token(), s.requireSubjectId(), threadId,
                new HotlineMessageRequest(message.strip()), idempotencyKey, l)));
    }

    /** A thread written in is the latest: in its own copy, and first in the list's. */
    private HotlineThreadDetail threadChanged(Session s, HotlineThreadDetail d) {
        signedIn.keep(s, "hotline-thread-" + d.summary().id(), d);
        signedIn.<Paged<HotlineThreadSummary>>update(s, "hotline-threads", THREADS, p -> new Paged<>(
                java.util.stream.Stream.concat(java.util.stream.Stream.of(d.summary()),
                        p.items().stream().filter(t -> t.id() != d.summary().id())).toList(), p.pages(), p.more()));
        return d;
    }

    // ---- messages ----

    @Override
    public Reading<Paged<InboxMessage>> messages() {
        Lang l = signedIn.lang();
        return signedIn.readPaged("inbox", INBOX,
                (s, page, size) -> api.messages(s.token(), s.requireSubjectId(), false, page, size, l));
    }

    @Override
    public CompletableFuture<Loaded<Paged<InboxMessage>>> moreMessages() {
        Lang l = signedIn.lang();
        return signedIn.more("inbox", INBOX, InboxMessage::id,
                (s, page, size) -> api.messages(s.token(), s.requireSubjectId(), false, page, size, l));
    }

    @Override
    public Reading<UnreadCount> unread() {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        return data.read(SignedIn.accountKey(s, "unread", l), UnreadCount.class, () -> api.unreadCount(s.token(), l));
    }

    @Override
    public CompletableFuture<InboxMessage> markRead(long messageId) {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        return data.run(() -> {
            InboxMessage read = api.markRead(s.token(), messageId, l);
            boolean[] wasUnread = {false};
            signedIn.<Paged<InboxMessage>>update(s, "inbox", INBOX, p -> {
                wasUnread[0] = p.items().stream().anyMatch(m -> m.id() == messageId && !m.read());
                return p.with(read, InboxMessage::id);
            });
            if (wasUnread[0]) {
                data.<UnreadCount>update(SignedIn.accountKey(s, "unread", l), UnreadCount.class,
                        c -> minusOne(c, read.residentId()));
            }
            return read;
        });
    }

    @Override
    public CompletableFuture<UnreadCount> markAllRead() {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        return data.run(() -> {
            UnreadCount now = api.markAllRead(s.token(), s.requireSubjectId(), l);
            data.put(SignedIn.accountKey(s, "unread", l), now);
            signedIn.<Paged<InboxMessage>>update(s, "inbox", INBOX, p -> new Paged<>(p.items().stream()
                    .map(m -> m.read() ? m : new InboxMessage(m.id(), m.kind(), m.residentId(), m.residentName(),
                            m.title(), m.body(), m.at(), true, m.linkId()))
                    .toList(), p.pages(), p.more()));
            return now;
        });
    }

    private static UnreadCount minusOne(UnreadCount c, long residentId) {
        List<UnreadCount.ResidentCount> by = c.byResident().stream()
                .map(r -> r.residentId() == residentId ? new UnreadCount.ResidentCount(r.residentId(),
                        Math.max(0, r.count() - 1)) : r)
                .toList();
        return new UnreadCount(Math.max(0, c.total() - 1), by);
    }
}
