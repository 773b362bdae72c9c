package cn.huzhong.care.server.audit;

import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.http.RequestContext;
import cn.huzhong.care.server.http.Requests;
import cn.huzhong.care.server.http.Responses;
import io.javalin.http.Context;

/** {@code GET /api/v1/audit}: the audit trail, read-only. */
public final class AuditController {
    private final AuditService service;

    public AuditController(AuditService service) {
        this.service = service;
    }

    public void list(Context ctx) {
        Requests.Paging paging = Requests.paging(ctx);
        Responses.json(ctx, 200, service.list(RequestContext.principal(ctx), Requests.longParam(ctx, "residentId"),
                Requests.longParam(ctx, "actorAccountId"), Requests.dateParam(ctx, "from"), Requests.dateParam(ctx, "to"),
                Requests.enumParam(ctx, "town", Town.class), paging.page(), paging.size()));
    }
}
