package cn.huzhong.care.server.staff;

import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.http.RequestContext;
import cn.huzhong.care.server.http.Requests;
import cn.huzhong.care.server.http.Responses;
import io.javalin.http.Context;

/** {@code GET /api/v1/staff/queues}: HTTP only. */
public final class StaffController {
    private final StaffQueueService service;

    public StaffController(StaffQueueService service) {
        this.service = service;
    }

    public void queues(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        Responses.json(ctx, 200, service.queues(RequestContext.principal(ctx), Requests.enumParam(ctx, "town", Town.class)));
    }
}
