package cn.huzhong.care.server.texthotline;

import cn.huzhong.care.core.api.CreateHotlineThread;
import cn.huzhong.care.core.api.HotlineMessageRequest;
import cn.huzhong.care.core.domain.HotlineStatus;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.http.RequestContext;
import cn.huzhong.care.server.http.Requests;
import cn.huzhong.care.server.http.Responses;
import io.javalin.http.Context;

/** The text hotline: HTTP only. */
public final class TextHotlineController {
    private final TextHotlineService service;

    public TextHotlineController(TextHotlineService service) {
        this.service = service;
    }

    public void create(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long residentId = Requests.id(ctx, "residentId");
        CreateHotlineThread req = Requests.body(ctx, CreateHotlineThread.class);
        Responses.stored(ctx, service.create(p, residentId, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void list(Context ctx) {
        Requests.Paging paging = Requests.paging(ctx);
        Responses.json(ctx, 200, service.list(RequestContext.principal(ctx), Requests.id(ctx, "residentId"), paging.page(),
                paging.size(), RequestContext.lang(ctx)));
    }

    public void detail(Context ctx) {
        Responses.json(ctx, 200, service.detail(RequestContext.principal(ctx), Requests.id(ctx, "residentId"),
                Requests.id(ctx, "threadId"), RequestContext.lang(ctx)));
    }

    public void write(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long residentId = Requests.id(ctx, "residentId");
        long threadId = Requests.id(ctx, "threadId");
        HotlineMessageRequest req = Requests.body(ctx, HotlineMessageRequest.class);
        Responses.stored(ctx, service.write(p, residentId, threadId, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void queue(Context ctx) {
        Requests.Paging paging = Requests.paging(ctx);
        Responses.json(ctx, 200, service.queue(RequestContext.principal(ctx),
                Requests.enumParam(ctx, "status", HotlineStatus.class), Requests.enumParam(ctx, "town", Town.class),
                paging.page(), paging.size(), RequestContext.lang(ctx)));
    }

    public void reply(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long threadId = Requests.id(ctx, "threadId");
        HotlineMessageRequest req = Requests.body(ctx, HotlineMessageRequest.class);
        Responses.stored(ctx, service.reply(p, threadId, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }
}
