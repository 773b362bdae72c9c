package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.BenefitFinderResponse;
import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.CancelRequest;
import cn.huzhong.care.core.api.CertificateDto;
import cn.huzhong.care.core.api.CreateBooking;
import cn.huzhong.care.core.api.CreateHotlineThread;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.api.HotlineDto;
import cn.huzhong.care.core.api.HotlineMessageRequest;
import cn.huzhong.care.core.api.HotlineThreadDetail;
import cn.huzhong.care.core.api.HotlineThreadSummary;
import cn.huzhong.care.core.api.InboxMessage;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.RatingRequest;
import cn.huzhong.care.core.api.RescheduleRequest;
import cn.huzhong.care.core.api.ResidentProfile;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.api.ServiceRequestSummary;
import cn.huzhong.care.core.api.SessionResponse;
import cn.huzhong.care.core.api.SlotDay;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.api.UnreadCount;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.i18n.Lang;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An API in memory: answers fixtures, or throws {@link #failure} when set (offline, expired session…). Creating a
 * request or a booking behaves as the server does with an Idempotency-Key: the first call with a key makes one
 * record, later calls with that key answer the same record and make nothing.
 */
public final class FakeApi implements Api {
    public volatile RuntimeException failure;
    public volatile List<SubsidySummary> subsidies = List.of();
    public final List<String> calls = new CopyOnWriteArrayList<>();
    /** Thrown, one each, by the next creating calls (book, create request) before they act. */
    public final ConcurrentLinkedDeque<RuntimeException> failNextCreate = new ConcurrentLinkedDeque<>();
    /** Thrown by every new booking (not by a replay of one that was made): a full slot, say. */
    public volatile RuntimeException refuseBookings;
    /** The next creating call acts, then its answer is lost on the way back. */
    public volatile boolean loseNextAnswer;
    /** What the "server" holds, by idempotency key. */
    public final Map<String, ServiceRequestDetail> requestsMade = new ConcurrentHashMap<>();
    public final Map<String, BookingDto> bookingsMade = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(500);

    private void call(String what) {
        calls.add(what);
        RuntimeException f = failure;
        if (f != null) {
            throw f;
        }
    }

    @Override
    public SessionResponse signIn(String phone, String password, Lang lang) {
        call("signIn " + phone);
        Session s = Fixtures.residentSession();
        return new SessionResponse(s.token(), null, s.account());
    }

    @Override
    public void signOut(String token, Lang lang) {
        call("signOut " + token);
    }

    @Override
    public MeResponse me(String token, Lang lang) {
        call("me " + token);
        Session s = Fixtures.residentSession();
        return new MeResponse(s.account(), s.actingFor());
    }

    @Override
    public ResidentProfile profile(String token, long residentId, Lang lang) {
        call("profile " + residentId);
        return Fixtures.profile();
    }

    @Override
    public CertificateDto certificate(String token, long residentId, boolean reveal, Lang lang) {
        call("certificate " + residentId + (reveal ? " reveal" : ""));
        return Fixtures.certificate(reveal);
    }

    @Override
    public Page<SubsidySummary> subsidies(String token, long residentId, int page, int size, Lang lang) {
        call("subsidies " + residentId + " " + lang);
        return new Page<>(subsidies, page, size, subsidies.size());
    }

    @Override
    public SubsidyDetail subsidy(String token, long residentId, long subsidyId, Lang lang) {
        call("subsidy " + subsidyId);
        return Fixtures.detail(subsidyId, 2);
    }

    @Override
    public BenefitFinderResponse benefitFinder(String token, long residentId, Lang lang) {
        call("finder " + residentId);
        return Fixtures.finder(BenefitKind.MULTI_DISABLED_HOUSEHOLD);
    }

    @Override
    public SubsidyDetail apply(String token, long residentId, BenefitKind kind, String idempotencyKey, Lang lang) {
        call("apply " + kind + " " + idempotencyKey);
        return Fixtures.detail(100, 0);
    }

    @Override
    public List<HotlineDto> hotlines(Lang lang) {
        call("hotlines " + lang);
        return List.of(new HotlineDto("12385", "12385", "服务器上的 12385", "…", "…", false, false, true, false));
    }

    // ---- issue 4 ----

    private void create(String what) {
        call(what);
        RuntimeException next = failNextCreate.poll();
        if (next != null) {
            throw next;
        }
    }

    private <T> T answer(T value) {
        if (loseNextAnswer) {
            loseNextAnswer = false;
            throw Fixtures.offline();
        }
        return value;
    }

    @Override
    public Page<ServiceRequestSummary> requests(String token, long residentId, int page, int size, Lang lang) {
        call("requests " + residentId);
        List<ServiceRequestSummary> items = requestsMade.values().stream().map(ServiceRequestDetail::summary).toList();
        return new Page<>(items, page, size, items.size());
    }

    @Override
    public ServiceRequestDetail request(String token, long residentId, long requestId, Lang lang) {
        call("request " + requestId);
        return Fixtures.requestDetail(requestId, cn.huzhong.care.core.domain.ServiceRequestType.HOME_VISIT,
                RequestStatus.SUBMITTED);
    }

    @Override
    public ServiceRequestDetail createRequest(String token, long residentId, CreateServiceRequest request,
                                              String idempotencyKey, Lang lang) {
        create("createRequest " + residentId + " " + idempotencyKey);
        ServiceRequestDetail made = requestsMade.computeIfAbsent(idempotencyKey,
                k -> Fixtures.requestDetail(ids.incrementAndGet(), request.type(), RequestStatus.SUBMITTED));
        return answer(made);
    }

    @Override
    public ServiceRequestDetail cancelRequest(String token, long residentId, long requestId, CancelRequest cancel,
                                              String idempotencyKey, Lang lang) {
        call("cancelRequest " + requestId + " " + idempotencyKey);
        return Fixtures.requestDetail(requestId, cn.huzhong.care.core.domain.ServiceRequestType.HOME_VISIT,
                RequestStatus.CANCELLED);
    }

    @Override
    public ServiceRequestDetail rateRequest(String token, long residentId, long requestId, RatingRequest rating,
                                            String idempotencyKey, Lang lang) {
        call("rateRequest " + requestId + " " + rating.rating() + " " + idempotencyKey);
        return Fixtures.requestDetail(requestId, cn.huzhong.care.core.domain.ServiceRequestType.RESPITE_CARE,
                RequestStatus.FOLLOWED_UP);
    }

    @Override
    public List<ProviderDto> providers(String token, ServiceKind service, Lang lang) {
        call("providers " + service);
        return List.of(Fixtures.provider());
    }

    @Override
    public List<SlotDay> slots(String token, ServiceKind service, Long providerId, LocalDate from, int days, Lang lang) {
        call("slots " + service + " " + providerId + " " + from + " " + days);
        return List.of(Fixtures.slotDay(LocalDate.of(2026, 11, 30), Fixtures.slot(31, service, 9, 2)));
    }

    @Override
    public Page<BookingDto> bookings(String token, long residentId, boolean past, int page, int size, Lang lang) {
        call("bookings " + residentId + (past ? " past" : " upcoming"));
        List<BookingDto> items = past ? List.of() : List.copyOf(bookingsMade.values());
        return new Page<>(items, page, size, items.size());
    }

    @Override
    public BookingDto booking(String token, long residentId, long bookingId, Lang lang) {
        call("booking " + bookingId);
        return Fixtures.booking(bookingId, ServiceKind.REHABILITATION, true);
    }

    @Override
    public BookingDto book(String token, long residentId, CreateBooking booking, String idempotencyKey, Lang lang) {
        create("book " + residentId + " " + booking.slotId() + " " + idempotencyKey);
        BookingDto made = bookingsMade.get(idempotencyKey);
        if (made == null) {
            RuntimeException refuse = refuseBookings;
            if (refuse != null) {
                throw refuse;
            }
            made = bookingsMade.computeIfAbsent(idempotencyKey,
                    k -> Fixtures.booking(ids.incrementAndGet(), ServiceKind.REHABILITATION, true));
        }
        return answer(made);
    }

    @Override
    public BookingDto cancelBooking(String token, long residentId, long bookingId, String idempotencyKey, Lang lang) {
        call("cancelBooking " + bookingId + " " + idempotencyKey);
        return Fixtures.booking(bookingId, ServiceKind.REHABILITATION, false);
    }

    @Override
    public BookingDto reschedule(String token, long residentId, long bookingId, RescheduleRequest to,
                                 String idempotencyKey, Lang lang) {
        call("reschedule " + bookingId + " " + to.slotId() + " " + idempotencyKey);
        return Fixtures.booking(bookingId, ServiceKind.REHABILITATION, true);
    }

    @Override
    public Page<HotlineThreadSummary> hotlineThreads(String token, long residentId, int page, int size, Lang lang) {
        call("hotlineThreads " + residentId);
        return new Page<>(List.of(Fixtures.thread(3).summary()), page, size, 1);
    }

    @Override
    public HotlineThreadDetail hotlineThread(String token, long residentId, long threadId, Lang lang) {
        call("hotlineThread " + threadId);
        return Fixtures.thread(threadId);
    }

    @Override
    public HotlineThreadDetail createHotlineThread(String token, long residentId, CreateHotlineThread thread,
                                                   String idempotencyKey, Lang lang) {
        call("createHotlineThread " + thread.topic() + " " + idempotencyKey);
        return Fixtures.thread(9);
    }

    @Override
    public HotlineThreadDetail writeHotline(String token, long residentId, long threadId, HotlineMessageRequest message,
                                            String idempotencyKey, Lang lang) {
        call("writeHotline " + threadId + " " + idempotencyKey);
        return Fixtures.thread(threadId);
    }

    /** The inbox the "server" holds, newest first; answered a page at a time. */
    public volatile List<InboxMessage> inbox = List.of();

    @Override
    public Page<InboxMessage> messages(String token, Long residentId, boolean unreadOnly, int page, int size, Lang lang) {
        call("messages " + residentId + " page " + page + " size " + size + " " + lang);
        List<InboxMessage> all = inbox;
        int from = Math.min(all.size(), (page - 1) * size);
        return new Page<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
    }

    /** What the unread count answers. */
    public volatile UnreadCount unread = new UnreadCount(0, List.of());

    @Override
    public UnreadCount unreadCount(String token, Lang lang) {
        call("unreadCount");
        return unread;
    }

    @Override
    public InboxMessage markRead(String token, long messageId, Lang lang) {
        call("markRead " + messageId);
        return Fixtures.message(messageId, cn.huzhong.care.core.domain.MessageKind.REQUEST_STATUS, 1L, true);
    }

    @Override
    public UnreadCount markAllRead(String token, Long residentId, Lang lang) {
        call("markAllRead " + residentId);
        return new UnreadCount(0, List.of());
    }
}
