package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.CreateBooking;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.api.ServiceRequestDetail;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Requests and bookings on their way to the server. Each is stored on the device with its idempotency key before
 * it is first sent, and sent (never on the FX thread) until the server has answered it: at once, again when the
 * server is reachable again, at the next start, and every little while meanwhile. The server acts on a key once,
 * so it is made exactly once however often it is sent. One the server refuses later (a slot filled up meanwhile)
 * stays, marked FAILED with the server's reason, until the person has seen it and dismisses it.
 */
public interface Outbox {
    CompletableFuture<Submission<ServiceRequestDetail>> submitRequest(CreateServiceRequest request);

    CompletableFuture<Submission<BookingDto>> submitBooking(CreateBooking booking, OutboxItem.BookingInfo info);

    /** The signed-in account's items of {@code kind} for the person it acts for now, oldest first. In memory. */
    List<OutboxItem> items(OutboxItem.Kind kind);

    /** How many of the signed-in account's items wait to be sent (for whomever they were made). In memory. */
    int unsent();

    /** Tries to send what waits, in the background. */
    void sendNow();

    /** Forgets a FAILED item the person has seen. */
    CompletableFuture<Void> dismiss(String key);

    /** Called (on a background thread) after any change: an item added, sent, refused or dismissed. */
    void addListener(Runnable listener);

    void removeListener(Runnable listener);
}
