package cn.huzhong.care.server.http;

import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.server.auth.Principal;
import io.javalin.http.Context;

/** What the before-handlers put on a request: its language and, once signed in, the principal. */
public final class RequestContext {
    private static final String LANG = "huzhong.lang";
    private static final String PRINCIPAL = "huzhong.principal";

    private RequestContext() {
    }

    public static Lang lang(Context ctx) {
        Lang lang = ctx.attribute(LANG);
        if (lang == null) {
            lang = Lang.fromAcceptLanguage(ctx.header("Accept-Language"));
            ctx.attribute(LANG, lang);
        }
        return lang;
    }

    public static void setPrincipal(Context ctx, Principal principal) {
        ctx.attribute(PRINCIPAL, principal);
    }

    /** The signed-in principal, or null (request logs, metrics). */
    public static Principal principalOrNull(Context ctx) {
        return ctx.attribute(PRINCIPAL);
    }

    /** The signed-in principal; 401 when the request has none. */
    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) {
            throw ApiException.unauthorized();
        }
        return p;
    }
}
