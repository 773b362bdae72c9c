package cn.huzhong.care.server.requests;

import cn.huzhong.care.core.api.AssignProvider;
import cn.huzhong.care.core.api.CancelRequest;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.api.RatingRequest;
import cn.huzhong.care.core.api.RequestTransition;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.http.RequestContext;
import cn.huzhong.care.server.http.Requests;
import cn.huzhong.care.server.http.Responses;
import io.javalin.http.Context;

/** Service requests: HTTP only. */
public final class RequestController {
    private final RequestService service;

    public RequestController(RequestService service) {
        this.service = service;
    }

    public void create(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long residentId = Requests.id(ctx, "residentId");
        CreateServiceRequest req = Requests.body(ctx, CreateServiceRequest.class);
        Responses.stored(ctx, service.create(p, residentId, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void list(Context ctx) {
        Requests.Paging paging = Requests.paging(ctx);
        Responses.json(ctx, 200, service.list(RequestContext.principal(ctx), Requests.id(ctx, "residentId"), paging.page(),
                paging.size(), RequestContext.lang(ctx)));
    }

    public void detail(Context ctx) {
        Responses.json(ctx, 200, service.detail(RequestContext.principal(ctx), Requests.id(ctx, "residentId"),
                Requests.id(ctx, "requestId"), RequestContext.lang(ctx)));
    }

    public void cancel(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long residentId = Requests.id(ctx, "residentId");
        long requestId = Requests.id(ctx, "requestId");
        CancelRequest req = ctx.body().isBlank() ? new CancelRequest(null) : Requests.body(ctx, CancelRequest.class);
        Responses.stored(ctx, service.cancel(p, residentId, requestId, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void rate(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long residentId = Requests.id(ctx, "residentId");
        long requestId = Requests.id(ctx, "requestId");
        RatingRequest req = Requests.body(ctx, RatingRequest.class);
        Responses.stored(ctx, service.rate(p, residentId, requestId, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void queue(Context ctx) {
        Requests.Paging paging = Requests.paging(ctx);
        Responses.json(ctx, 200, service.queue(RequestContext.principal(ctx), Requests.enumParam(ctx, "status", RequestStatus.class),
                Requests.enumParam(ctx, "town", Town.class), paging.page(), paging.size(), RequestContext.lang(ctx)));
    }

    public void transition(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long requestId = Requests.id(ctx, "requestId");
        RequestTransition t = Requests.body(ctx, RequestTransition.class);
        Responses.stored(ctx, service.transition(p, requestId, t, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void assignProvider(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long requestId = Requests.id(ctx, "requestId");
        AssignProvider req = Requests.body(ctx, AssignProvider.class);
        Responses.stored(ctx, service.assignProvider(p, requestId, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }
}
