package cn.huzhong.care.server.http;

import cn.huzhong.care.server.auth.Principal;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * One structured line per request, as JSON on the logger {@code huzhong.requests}: request id, method, route (the
 * path template, e.g. {@code /api/v1/residents/{residentId}/subsidies}), path, status, milliseconds, the signed-in
 * account's id and the peer address. Never a query string, a body, a header value or a token: those can carry
 * phone numbers, certificate numbers and passwords. Operators route or silence it like any logger
 * ({@code org.slf4j.simpleLogger.log.huzhong.requests=warn}).
 */
public final class RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger("huzhong.requests");

    private RequestLog() {
    }

    /** The route template of the request, or {@code (unmatched)}. */
    public static String route(Context ctx) {
        Endpoint e = ctx.endpoints().lastHttpEndpoint();
        return e == null ? "(unmatched)" : e.path;
    }

    public static void log(Context ctx, Float ms) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        Principal p = RequestContext.principalOrNull(ctx);
        StringBuilder sb = new StringBuilder(200).append("{\"rid\":\"").append(RequestIds.of(ctx))
                .append("\",\"method\":\"").append(ctx.req().getMethod())
                .append("\",\"route\":\"").append(route(ctx))
                .append("\",\"path\":\"");
        escape(sb, ctx.path());
        sb.append("\",\"status\":").append(ctx.statusCode())
                .append(",\"ms\":").append(String.format(Locale.ROOT, "%.2f", ms == null ? 0f : ms));
        if (p != null) {
            sb.append(",\"account\":").append(p.accountId());
        }
        sb.append(",\"ip\":\"");
        escape(sb, ctx.ip());
        sb.append("\"}");
        LOG.info(sb.toString());
    }

    /** JSON string escaping, control characters as {@code \\uXXXX}: a path cannot break the line. */
    static void escape(StringBuilder sb, String s) {
        if (s == null) {
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\') {
                sb.append('\\').append(ch);
            } else if (ch < 0x20 || (ch >= 0x7f && ch <= 0x9f) || ch == 0x2028 || ch == 0x2029) {
                sb.append(String.format("\\u%04x", (int) ch));
            } else {
                sb.append(ch);
            }
        }
    }
}
