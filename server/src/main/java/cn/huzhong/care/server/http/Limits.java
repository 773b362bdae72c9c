package cn.huzhong.care.server.http;

/** Request limits. */
public final class Limits {
    /** The largest request body accepted; requests are small JSON documents. */
    public static final long MAX_BODY_BYTES = 64 * 1024;

    private Limits() {
    }
}
