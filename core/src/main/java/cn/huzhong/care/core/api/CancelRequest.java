package cn.huzhong.care.core.api;

/** Cancel a request or booking; the reason is optional. */
public record CancelRequest(String reason) {
}
