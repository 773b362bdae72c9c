package cn.huzhong.care.server.volunteers;

import cn.huzhong.care.core.api.NoteRequest;
import cn.huzhong.care.core.api.RegisterVolunteer;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.http.RequestContext;
import cn.huzhong.care.server.http.Requests;
import cn.huzhong.care.server.http.Responses;
import io.javalin.http.Context;

import java.util.function.Function;

/** Volunteers: HTTP only. */
public final class VolunteerController {
    private final VolunteerService service;
    private final Function<Context, String> clientAddress;

    public VolunteerController(VolunteerService service, Function<Context, String> clientAddress) {
        this.service = service;
        this.clientAddress = clientAddress;
    }

    public void register(Context ctx) {
        RegisterVolunteer req = Requests.body(ctx, RegisterVolunteer.class);
        VolunteerService.Registered r = service.register(req, clientAddress.apply(ctx), RequestContext.lang(ctx));
        if (r.status() == 200) {
            ctx.header("Idempotent-Replayed", "true");
        }
        Responses.json(ctx, r.status(), r.volunteer());
    }

    public void me(Context ctx) {
        Responses.json(ctx, 200, service.me(RequestContext.principal(ctx), RequestContext.lang(ctx)));
    }

    public void list(Context ctx) {
        Requests.Paging paging = Requests.paging(ctx);
        Responses.json(ctx, 200, service.list(RequestContext.principal(ctx), Requests.enumParam(ctx, "status", AccountStatus.class),
                Requests.enumParam(ctx, "town", Town.class), paging.page(), paging.size(), RequestContext.lang(ctx)));
    }

    public void detail(Context ctx) {
        Responses.json(ctx, 200, service.detail(RequestContext.principal(ctx), Requests.id(ctx, "volunteerId"),
                RequestContext.lang(ctx)));
    }

    public void verify(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long id = Requests.id(ctx, "volunteerId");
        NoteRequest req = Requests.optionalBody(ctx, NoteRequest.class, new NoteRequest(null));
        Responses.stored(ctx, service.verify(p, id, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }
}
