package cn.huzhong.care.core.api;

/** A further message in a text-hotline thread (from the person, or a reply from the desk). */
public record HotlineMessageRequest(String body) {
}
