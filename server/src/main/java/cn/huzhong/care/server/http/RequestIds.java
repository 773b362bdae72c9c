package cn.huzhong.care.server.http;

import io.javalin.http.Context;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Every request's id: the caller's {@code X-Request-Id} when it is a plain token (a proxy or the app may set one to
 * follow a request across systems), else a new random one. It is sent back as {@code X-Request-Id}, written in the
 * request log line and carried by every problem+json answer ({@code requestId}), so a person reading an error out to
 * the helpdesk gives the one id that finds the log line.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "huzhong.requestId";
    /** Letters, digits and {@code . _ -} only: nothing that could forge a log line. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestIds() {
    }

    /** Gives the request its id (before anything else runs) and names it in the response. */
    public static void assign(Context ctx) {
        String id = accept(ctx.header(HEADER));
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
    }

    /** The request's id (assigned now if no handler did yet, e.g. for an error raised before the filters ran). */
    public static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        if (id == null) {
            id = accept(ctx.header(HEADER));
            ctx.attribute(ATTRIBUTE, id);
            ctx.header(HEADER, id);
        }
        return id;
    }

    /** The incoming id when it is safe to repeat, else a new one. */
    public static String accept(String incoming) {
        return incoming != null && SAFE.matcher(incoming).matches() ? incoming : fresh();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** 16 hex digits of randomness (by hand: String.format would cost more than the request's routing). */
    public static String fresh() {
        long v = ThreadLocalRandom.current().nextLong();
        char[] out = new char[16];
        for (int i = 15; i >= 0; i--) {
            out[i] = HEX[(int) (v & 0xf)];
            v >>>= 4;
        }
        return new String(out);
    }
}
