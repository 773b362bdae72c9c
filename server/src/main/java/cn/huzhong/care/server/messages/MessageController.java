package cn.huzhong.care.server.messages;

import cn.huzhong.care.server.http.RequestContext;
import cn.huzhong.care.server.http.Requests;
import cn.huzhong.care.server.http.Responses;
import io.javalin.http.Context;

/** {@code /api/v1/messages}: the signed-in account's inbox. */
public final class MessageController {
    private final MessageService service;

    public MessageController(MessageService service) {
        this.service = service;
    }

    public void list(Context ctx) {
        Requests.Paging paging = Requests.paging(ctx);
        Responses.json(ctx, 200, service.list(RequestContext.principal(ctx), Requests.longParam(ctx, "residentId"),
                Requests.boolParam(ctx, "unreadOnly"), paging.page(), paging.size(), RequestContext.lang(ctx)));
    }

    public void unread(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        Responses.json(ctx, 200, service.unread(RequestContext.principal(ctx)));
    }

    public void read(Context ctx) {
        Responses.json(ctx, 200, service.markRead(RequestContext.principal(ctx), Requests.id(ctx, "messageId"),
                RequestContext.lang(ctx)));
    }

    public void readAll(Context ctx) {
        Responses.json(ctx, 200, service.markAllRead(RequestContext.principal(ctx), Requests.longParam(ctx, "residentId")));
    }
}
