package cn.huzhong.care.server.auth;

import cn.huzhong.care.core.api.SignInRequest;
import cn.huzhong.care.server.http.RequestContext;
import cn.huzhong.care.server.http.Requests;
import cn.huzhong.care.server.http.Responses;
import io.javalin.http.Context;

/** {@code POST /api/v1/sessions} (sign in) and {@code DELETE /api/v1/sessions/current} (sign out). */
public final class AuthController {
    private final AuthService auth;
    private final boolean trustForwardedFor;

    public AuthController(AuthService auth, boolean trustForwardedFor) {
        this.auth = auth;
        this.trustForwardedFor = trustForwardedFor;
    }

    public void signIn(Context ctx) {
        SignInRequest req = Requests.body(ctx, SignInRequest.class);
        Responses.json(ctx, 201, auth.signIn(req.phone(), req.password(), clientAddress(ctx)));
    }

    public void signOut(Context ctx) {
        RequestContext.principal(ctx);
        auth.signOut(bearer(ctx));
        ctx.status(204);
    }

    /** Resolves the bearer token, if any, to a principal for the handlers that need one. */
    public void authenticate(Context ctx) {
        String token = bearer(ctx);
        if (token != null) {
            auth.authenticate(token).ifPresent(p -> RequestContext.setPrincipal(ctx, p));
        }
    }

    /** The bearer token sent with the request, or null. */
    public static String bearer(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return h.substring(7).trim();
    }

    /** The client's address: the connection's, or X-Forwarded-For's first when the server trusts its proxy. */
    public String clientAddress(Context ctx) {
        if (trustForwardedFor) {
            String fwd = ctx.header("X-Forwarded-For");
            if (fwd != null && !fwd.isBlank()) {
                return fwd.split(",")[0].trim();
            }
        }
        return ctx.ip();
    }
}
