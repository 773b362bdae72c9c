package cn.huzhong.care.core.api;

/** Staff name the provider who will deliver a service request. */
public record AssignProvider(Long providerId) {
}
