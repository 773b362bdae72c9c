package cn.huzhong.care.server.http;

import cn.huzhong.care.server.auth.Principal;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured line per request, as JSON on the logger {@code huzhong.requests}: request id, method, route (the
 * path template, e.g. {@code /api/v1/residents/{residentId}/subsidies}), path, status, milliseconds, the signed-in
 * account's id and the peer address. Never a query string, a body, a header value or a token: those can carry
 * phone numbers, certificate numbers and passwords. Operators route or silence it like any logger
 * ({@code org.slf4j.simpleLogger.log.huzhong.requests=warn}).
 *
 * <p>The line is built on the request's thread and written by one background thread: a request never waits for
 * the log's lock and file (the benchmark measured the synchronous write at a tenth of {@code /health}'s cost). If
 * the writer falls 10,000 lines behind, lines are dropped and counted rather than slowing the API down.
 */
public final class RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger("huzhong.requests");
    private static final java.util.concurrent.BlockingQueue<String> PENDING = new java.util.concurrent.ArrayBlockingQueue<>(10_000);
    private static final java.util.concurrent.atomic.AtomicLong DROPPED = new java.util.concurrent.atomic.AtomicLong();

    static {
        Thread writer = new Thread(RequestLog::write, "huzhong-request-log");
        writer.setDaemon(true);
        writer.start();
    }

    private RequestLog() {
    }

    private static void write() {
        java.util.List<String> batch = new java.util.ArrayList<>(256);
        while (true) {
            try {
                batch.add(PENDING.take());
                PENDING.drainTo(batch, 255);
                for (String line : batch) {
                    LOG.info(line);
                }
                batch.clear();
                long dropped = DROPPED.getAndSet(0);
                if (dropped > 0) {
                    LOG.warn("{\"dropped\":" + dropped + "}");
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                batch.clear(); // a broken appender must not end the writer
            }
        }
    }

    /** Lines not written yet (tests wait for it to be zero). */
    public static int pending() {
        return PENDING.size();
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
                .append(",\"ms\":");
        long hundredths = Math.round((ms == null ? 0f : ms) * 100);
        sb.append(hundredths / 100).append('.').append(hundredths % 100 < 10 ? "0" : "").append(hundredths % 100);
        if (p != null) {
            sb.append(",\"account\":").append(p.accountId());
        }
        sb.append(",\"ip\":\"");
        escape(sb, ctx.ip());
        sb.append("\"}");
        if (!PENDING.offer(sb.toString())) {
            DROPPED.incrementAndGet();
        }
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
                sb.append("\\u");
                for (int shift = 12; shift >= 0; shift -= 4) {
                    sb.append(Character.forDigit(ch >> shift & 0xf, 16));
                }
            } else {
                sb.append(ch);
            }
        }
    }
}
