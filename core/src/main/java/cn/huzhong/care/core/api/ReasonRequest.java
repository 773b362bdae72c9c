package cn.huzhong.care.core.api;

/** A staff action that must say why ({@code reject}, {@code suspend}). */
public record ReasonRequest(String reason) {
}
