package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.CreateBooking;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.i18n.Lang;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The real API behind a network that the test can cut ({@link #offline}) or make lose the next answer after the
 * server has acted ({@link #loseNextBookingAnswer}), counting what reached the server: every book and
 * create-request call with its idempotency key, and on which thread it was made.
 */
public final class SwitchableApi extends ForwardingApi {
    public final AtomicBoolean offline = new AtomicBoolean();
    public final AtomicBoolean loseNextBookingAnswer = new AtomicBoolean();
    /** Idempotency keys of the book calls that reached the server, in order. */
    public final List<String> bookKeys = new CopyOnWriteArrayList<>();
    public final List<String> requestKeys = new CopyOnWriteArrayList<>();
    /** Names of the threads that sent creating calls. */
    public final List<String> senderThreads = new CopyOnWriteArrayList<>();

    public SwitchableApi(Api delegate) {
        super(delegate);
    }

    @Override
    protected void before(String call) {
        if (offline.get()) {
            throw new ApiFailure.Unreachable(call + ": the test cut the network", new java.net.ConnectException("cut"));
        }
    }

    @Override
    public BookingDto book(String t, long r, CreateBooking b, String k, Lang l) {
        before("book");
        senderThreads.add(Thread.currentThread().getName());
        bookKeys.add(k);
        BookingDto booked = delegate.book(t, r, b, k, l);
        if (loseNextBookingAnswer.compareAndSet(true, false)) {
            throw new ApiFailure.Unreachable("book: the answer was lost on the way back", new java.net.SocketTimeoutException());
        }
        return booked;
    }

    @Override
    public ServiceRequestDetail createRequest(String t, long r, CreateServiceRequest q, String k, Lang l) {
        before("createRequest");
        senderThreads.add(Thread.currentThread().getName());
        requestKeys.add(k);
        return delegate.createRequest(t, r, q, k, l);
    }
}
