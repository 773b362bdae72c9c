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
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.i18n.Lang;

import java.time.LocalDate;
import java.util.List;

/**
 * The REST API as the app sees it. Every call blocks (repositories call it on their background executor) and
 * throws an {@link ApiFailure} when the server cannot be reached or says no. {@code ApiClient} implements it
 * over HTTP; tests use fakes.
 */
public interface Api {
    SessionResponse signIn(String phone, String password, Lang lang);

    void signOut(String token, Lang lang);

    MeResponse me(String token, Lang lang);

    ResidentProfile profile(String token, long residentId, Lang lang);

    CertificateDto certificate(String token, long residentId, boolean reveal, Lang lang);

    Page<SubsidySummary> subsidies(String token, long residentId, int page, int size, Lang lang);

    SubsidyDetail subsidy(String token, long residentId, long subsidyId, Lang lang);

    BenefitFinderResponse benefitFinder(String token, long residentId, Lang lang);

    /** Files an application; the same {@code idempotencyKey} never files a second one. */
    SubsidyDetail apply(String token, long residentId, BenefitKind kind, String idempotencyKey, Lang lang);

    List<HotlineDto> hotlines(Lang lang);

    // ---- service requests (F5) ----

    Page<ServiceRequestSummary> requests(String token, long residentId, int page, int size, Lang lang);

    ServiceRequestDetail request(String token, long residentId, long requestId, Lang lang);

    /** Asks for a service; the same {@code idempotencyKey} never files a second request. */
    ServiceRequestDetail createRequest(String token, long residentId, CreateServiceRequest request, String idempotencyKey,
                                       Lang lang);

    ServiceRequestDetail cancelRequest(String token, long residentId, long requestId, CancelRequest cancel,
                                       String idempotencyKey, Lang lang);

    ServiceRequestDetail rateRequest(String token, long residentId, long requestId, RatingRequest rating,
                                     String idempotencyKey, Lang lang);

    // ---- providers, slots and bookings (F6) ----

    List<ProviderDto> providers(String token, ServiceKind service, Lang lang);

    /** Free slots of {@code days} days from {@code from}, grouped by day; {@code providerId} may be null (all). */
    List<SlotDay> slots(String token, ServiceKind service, Long providerId, LocalDate from, int days, Lang lang);

    /** Upcoming bookings, or ({@code past}) cancelled and past ones. */
    Page<BookingDto> bookings(String token, long residentId, boolean past, int page, int size, Lang lang);

    BookingDto booking(String token, long residentId, long bookingId, Lang lang);

    /** Books a slot; 409 when it is full or overlaps another booking; the same key never books twice. */
    BookingDto book(String token, long residentId, CreateBooking booking, String idempotencyKey, Lang lang);

    BookingDto cancelBooking(String token, long residentId, long bookingId, String idempotencyKey, Lang lang);

    /** Moves a booking; when the new slot cannot be had, the old booking stands and this fails. */
    BookingDto reschedule(String token, long residentId, long bookingId, RescheduleRequest to, String idempotencyKey,
                          Lang lang);

    // ---- text hotline (F7) ----

    Page<HotlineThreadSummary> hotlineThreads(String token, long residentId, int page, int size, Lang lang);

    HotlineThreadDetail hotlineThread(String token, long residentId, long threadId, Lang lang);

    HotlineThreadDetail createHotlineThread(String token, long residentId, CreateHotlineThread thread,
                                            String idempotencyKey, Lang lang);

    HotlineThreadDetail writeHotline(String token, long residentId, long threadId, HotlineMessageRequest message,
                                     String idempotencyKey, Lang lang);

    // ---- messages (F8) ----

    /** The account's inbox, newest first; {@code residentId} (may be null) keeps one resident's messages. */
    Page<InboxMessage> messages(String token, Long residentId, boolean unreadOnly, int page, int size, Lang lang);

    UnreadCount unreadCount(String token, Lang lang);

    InboxMessage markRead(String token, long messageId, Lang lang);

    /** Marks every message read ({@code residentId}, may be null: only that resident's). */
    UnreadCount markAllRead(String token, Long residentId, Lang lang);
}
