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
 * An {@link Api} that hands every call to another one, after {@link #before} (which may throw, as a dead network
 * would). Tests override the calls they want to change: a slow one, a network that drops, a counter.
 */
public class ForwardingApi implements Api {
    protected final Api delegate;

    public ForwardingApi(Api delegate) {
        this.delegate = delegate;
    }

    /** Called before each call is handed on, with its name. */
    protected void before(String call) {
    }

    @Override public SessionResponse signIn(String p, String w, Lang l) { before("signIn"); return delegate.signIn(p, w, l); }
    @Override public void signOut(String t, Lang l) { before("signOut"); delegate.signOut(t, l); }
    @Override public MeResponse me(String t, Lang l) { before("me"); return delegate.me(t, l); }
    @Override public ResidentProfile profile(String t, long r, Lang l) { before("profile"); return delegate.profile(t, r, l); }
    @Override public CertificateDto certificate(String t, long r, boolean v, Lang l) { before("certificate"); return delegate.certificate(t, r, v, l); }
    @Override public Page<SubsidySummary> subsidies(String t, long r, int p, int s, Lang l) { before("subsidies"); return delegate.subsidies(t, r, p, s, l); }
    @Override public SubsidyDetail subsidy(String t, long r, long s, Lang l) { before("subsidy"); return delegate.subsidy(t, r, s, l); }
    @Override public BenefitFinderResponse benefitFinder(String t, long r, Lang l) { before("benefitFinder"); return delegate.benefitFinder(t, r, l); }
    @Override public SubsidyDetail apply(String t, long r, BenefitKind k, String i, Lang l) { before("apply"); return delegate.apply(t, r, k, i, l); }
    @Override public List<HotlineDto> hotlines(Lang l) { before("hotlines"); return delegate.hotlines(l); }
    @Override public Page<ServiceRequestSummary> requests(String t, long r, int p, int s, Lang l) { before("requests"); return delegate.requests(t, r, p, s, l); }
    @Override public ServiceRequestDetail request(String t, long r, long q, Lang l) { before("request"); return delegate.request(t, r, q, l); }
    @Override public ServiceRequestDetail createRequest(String t, long r, CreateServiceRequest q, String k, Lang l) { before("createRequest"); return delegate.createRequest(t, r, q, k, l); }
    @Override public ServiceRequestDetail cancelRequest(String t, long r, long q, CancelRequest c, String k, Lang l) { before("cancelRequest"); return delegate.cancelRequest(t, r, q, c, k, l); }
    @Override public ServiceRequestDetail rateRequest(String t, long r, long q, RatingRequest g, String k, Lang l) { before("rateRequest"); return delegate.rateRequest(t, r, q, g, k, l); }
    @Override public List<ProviderDto> providers(String t, ServiceKind s, Lang l) { before("providers"); return delegate.providers(t, s, l); }
    @Override public List<SlotDay> slots(String t, ServiceKind s, Long p, LocalDate f, int d, Lang l) { before("slots"); return delegate.slots(t, s, p, f, d, l); }
    @Override public Page<BookingDto> bookings(String t, long r, boolean past, int p, int s, Lang l) { before("bookings"); return delegate.bookings(t, r, past, p, s, l); }
    @Override public BookingDto booking(String t, long r, long b, Lang l) { before("booking"); return delegate.booking(t, r, b, l); }
    @Override public BookingDto book(String t, long r, CreateBooking b, String k, Lang l) { before("book"); return delegate.book(t, r, b, k, l); }
    @Override public BookingDto cancelBooking(String t, long r, long b, String k, Lang l) { before("cancelBooking"); return delegate.cancelBooking(t, r, b, k, l); }
    @Override public BookingDto reschedule(String t, long r, long b, RescheduleRequest to, String k, Lang l) { before("reschedule"); return delegate.reschedule(t, r, b, to, k, l); }
    @Override public Page<HotlineThreadSummary> hotlineThreads(String t, long r, int p, int s, Lang l) { before("hotlineThreads"); return delegate.hotlineThreads(t, r, p, s, l); }
    @Override public HotlineThreadDetail hotlineThread(String t, long r, long h, Lang l) { before("hotlineThread"); return delegate.hotlineThread(t, r, h, l); }
    @Override public HotlineThreadDetail createHotlineThread(String t, long r, CreateHotlineThread c, String k, Lang l) { before("createHotlineThread"); return delegate.createHotlineThread(t, r, c, k, l); }
    @Override public HotlineThreadDetail writeHotline(String t, long r, long h, HotlineMessageRequest m, String k, Lang l) { before("writeHotline"); return delegate.writeHotline(t, r, h, m, k, l); }
    @Override public Page<InboxMessage> messages(String t, Long r, boolean u, int p, int s, Lang l) { before("messages"); return delegate.messages(t, r, u, p, s, l); }
    @Override public UnreadCount unreadCount(String t, Lang l) { before("unreadCount"); return delegate.unreadCount(t, l); }
    @Override public InboxMessage markRead(String t, long m, Lang l) { before("markRead"); return delegate.markRead(t, m, l); }
    @Override public UnreadCount markAllRead(String t, Long r, Lang l) { before("markAllRead"); return delegate.markAllRead(t, r, l); }
}
