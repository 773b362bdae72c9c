package cn.huzhong.care.server.auth;

import cn.huzhong.care.core.api.SignInRequest;
import cn.huzhong.care.server.http.RequestContext;
import cn.huzhong.care.server.http.Requests;
import cn.huzhong.care.server.http.Responses;
import io.javalin.http.Context;

/** {@code POST /api/v1/sessions} (sign in) and {@code DELETE /api/v1/sessions/current} (sign out). */
public final class AuthController {
    private final AuthService auth;
    private final int trustedProxies;

    /** @param trustedProxies how many reverse proxies of ours stand in front (0: take the peer address as it is) */
    public AuthController(AuthService auth, int trustedProxies) {
        this.auth = auth;
        this.trustedProxies = trustedProxies;
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

    /** The client's address: the connection's, or the right one of X-Forwarded-For behind trusted proxies. */
    public String clientAddress(Context ctx) {
        return clientAddress(java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For")), ctx.ip(), trustedProxies);
    }

    /**
     * The client's address behind {@code proxies} reverse proxies of ours. Each proxy appends the address it got the
     * request from to X-Forwarded-For, so only the right-most {@code proxies} entries were written by someone we
     * trust: the client is the {@code proxies}-th entry from the right. Whatever the client wrote itself stands to
     * the left of that and is ignored. With fewer entries than proxies, the left-most one (the first proxy saw the
     * client directly); with no header, the peer address.
     */
    public static String clientAddress(java.util.List<String> forwardedFor, String peer, int proxies) {
        if (proxies <= 0 || forwardedFor == null || forwardedFor.isEmpty()) {
            return peer;
        }
        java.util.List<String> hops = new java.util.ArrayList<>();
        for (String header : forwardedFor) {
            for (String part : header.split(",")) {
                if (!part.isBlank()) {
                    hops.add(part.strip());
                }
            }
        }
        if (hops.isEmpty()) {
            return peer;
        }
        return hops.get(Math.max(0, hops.size() - proxies));
    }
}
