package cn.huzhong.care.server.residents;

import cn.huzhong.care.core.api.ResidentSearch;
import cn.huzhong.care.core.validation.ValidationException;
import cn.huzhong.care.core.validation.Violation;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.http.RequestContext;
import cn.huzhong.care.server.http.Requests;
import cn.huzhong.care.server.http.Responses;
import io.javalin.http.Context;

/** {@code /me}, a resident's profile and certificate. */
public final class ResidentController {
    private final ResidentService service;

    public ResidentController(ResidentService service) {
        this.service = service;
    }

    public void me(Context ctx) {
        Responses.json(ctx, 200, service.me(RequestContext.principal(ctx), RequestContext.lang(ctx)));
    }

    public void profile(Context ctx) {
        Responses.json(ctx, 200, service.profile(RequestContext.principal(ctx), Requests.id(ctx, "residentId"),
                RequestContext.lang(ctx)));
    }

    /** {@code GET /residents?name=}: by name only; a certificate number belongs in the body of a POST. */
    public void search(Context ctx) {
        Principal p = RequestContext.principal(ctx); // who asks comes first: no one signed in is told 401, not 422
        if (ctx.queryParam("certificateNumber") != null) {
            throw new ValidationException(new Violation("certificateNumber", "useBody"));
        }
        Requests.Paging paging = Requests.paging(ctx);
        Responses.json(ctx, 200, service.search(p, null, ctx.queryParam("name"), paging.page(),
                paging.size(), RequestContext.lang(ctx)));
    }

    /** {@code POST /residents/search}: by certificate number (or name) in the body, never in the address. */
    public void searchByBody(Context ctx) {
        Principal p = RequestContext.principal(ctx); // 401 before the body is read, as everywhere
        ResidentSearch req = Requests.body(ctx, ResidentSearch.class);
        Requests.Paging paging = Requests.paging(ctx);
        Responses.json(ctx, 200, service.search(p, req.certificateNumber(), req.name(),
                paging.page(), paging.size(), RequestContext.lang(ctx)));
    }

    public void certificate(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        Responses.json(ctx, 200, service.certificate(RequestContext.principal(ctx), Requests.id(ctx, "residentId"),
                Requests.boolParam(ctx, "reveal"), RequestContext.lang(ctx)));
    }
}
