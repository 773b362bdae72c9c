package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.api.ServiceRequestSummary;

import java.util.concurrent.CompletableFuture;

/**
 * Service requests (F5) of the person the app acts for. New requests go through the {@link Outbox}, which sends
 * them exactly once even when they were made offline.
 */
public interface RequestRepository {
    /** Newest first, as many pages as were read before; kept on the device. */
    Reading<Paged<ServiceRequestSummary>> requests();

    /** The next page of requests, merged into the device's copy; answers the whole list. */
    CompletableFuture<Loaded<Paged<ServiceRequestSummary>>> moreRequests();

    Reading<ServiceRequestDetail> request(long requestId);

    /** Cancels before the service starts ({@code reason} may be empty). Needs the server. */
    CompletableFuture<ServiceRequestDetail> cancel(long requestId, String reason, String idempotencyKey);

    /** The follow-up (回访): 1–5 and an optional comment, once, after completion. Needs the server. */
    CompletableFuture<ServiceRequestDetail> rate(long requestId, int rating, String comment, String idempotencyKey);
}
