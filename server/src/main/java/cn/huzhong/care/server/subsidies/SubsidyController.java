package cn.huzhong.care.server.subsidies;

import cn.huzhong.care.core.api.ApplyRequest;
import cn.huzhong.care.core.api.NoteRequest;
import cn.huzhong.care.core.api.PaymentRequest;
import cn.huzhong.care.core.api.ReasonRequest;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.http.RequestContext;
import cn.huzhong.care.server.http.Requests;
import cn.huzhong.care.server.http.Responses;
import io.javalin.http.Context;

/** Subsidies: HTTP only. Rules live in {@link SubsidyService}. */
public final class SubsidyController {
    private final SubsidyService service;

    public SubsidyController(SubsidyService service) {
        this.service = service;
    }

    public void list(Context ctx) {
        Requests.Paging paging = Requests.paging(ctx);
        Responses.json(ctx, 200, service.list(RequestContext.principal(ctx), Requests.id(ctx, "residentId"),
                paging.page(), paging.size(), RequestContext.lang(ctx)));
    }

    public void detail(Context ctx) {
        Responses.json(ctx, 200, service.detail(RequestContext.principal(ctx), Requests.id(ctx, "residentId"),
                Requests.id(ctx, "subsidyId"), RequestContext.lang(ctx)));
    }

    public void finder(Context ctx) {
        Responses.json(ctx, 200, service.findBenefits(RequestContext.principal(ctx), Requests.id(ctx, "residentId"),
                RequestContext.lang(ctx)));
    }

    public void apply(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long residentId = Requests.id(ctx, "residentId");
        ApplyRequest req = Requests.body(ctx, ApplyRequest.class);
        Responses.stored(ctx, service.apply(p, residentId, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void queue(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        Requests.Paging paging = Requests.paging(ctx);
        Responses.json(ctx, 200, service.queue(p, Requests.enumParam(ctx, "step", ApplicationStep.class),
                Requests.enumParam(ctx, "town", Town.class), paging.page(), paging.size(), RequestContext.lang(ctx)));
    }

    public void advance(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long id = Requests.id(ctx, "subsidyId");
        NoteRequest req = ctx.body().isBlank() ? new NoteRequest(null) : Requests.body(ctx, NoteRequest.class);
        Responses.stored(ctx, service.advance(p, id, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void reject(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long id = Requests.id(ctx, "subsidyId");
        ReasonRequest req = Requests.body(ctx, ReasonRequest.class);
        Responses.stored(ctx, service.reject(p, id, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void suspend(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long id = Requests.id(ctx, "subsidyId");
        ReasonRequest req = Requests.body(ctx, ReasonRequest.class);
        Responses.stored(ctx, service.suspend(p, id, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void payment(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long id = Requests.id(ctx, "subsidyId");
        PaymentRequest req = Requests.body(ctx, PaymentRequest.class);
        Responses.stored(ctx, service.recordPayment(p, id, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }
}
