package cn.huzhong.care.server.http;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.auth.Tokens;
import cn.huzhong.care.server.idempotency.Idempotency;
import io.javalin.http.Context;

/** Writing answers: JSON in the request's language, and stored (idempotent) answers replayed as first sent. */
public final class Responses {
    private Responses() {
    }

    public static void json(Context ctx, int status, Object body) {
        ctx.status(status);
        ctx.header("Content-Language", RequestContext.lang(ctx).tag());
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(Json.gson().toJson(body));
    }

    public static void stored(Context ctx, Idempotency.Stored stored) {
        ctx.status(stored.status());
        ctx.header("Content-Language", RequestContext.lang(ctx).tag());
        ctx.contentType("application/json; charset=utf-8");
        if (stored.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        ctx.result(stored.body());
    }

    /** The request's Idempotency-Key (null when absent), bound to the method, path and body it came with. */
    public static Idempotency.Request idempotency(Context ctx, Principal p) {
        String key = ctx.header(ApiPaths.HEADER_IDEMPOTENCY_KEY);
        if (key == null) {
            return null;
        }
        return Idempotency.Request.of(p.accountId(), key,
                Tokens.sha256Hex(ctx.method() + " " + ctx.path() + "\n" + ctx.body()));
    }
}
