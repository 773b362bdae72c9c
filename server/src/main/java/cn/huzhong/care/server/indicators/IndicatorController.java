package cn.huzhong.care.server.indicators;

import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.http.RequestContext;
import cn.huzhong.care.server.http.Requests;
import cn.huzhong.care.server.http.Responses;
import io.javalin.http.Context;

/** {@code GET /api/v1/indicators}: HTTP only. */
public final class IndicatorController {
    private final IndicatorService service;

    public IndicatorController(IndicatorService service) {
        this.service = service;
    }

    public void report(Context ctx) {
        Responses.json(ctx, 200, service.report(RequestContext.principal(ctx), Requests.enumParam(ctx, "town", Town.class),
                RequestContext.lang(ctx)));
    }
}
