package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.RequestStatus;

/**
 * A staff move of a service request: {@code to} the next status; {@code plan} required for PLANNED,
 * {@code reason} for REJECTED; {@code note} optional.
 */
public record RequestTransition(RequestStatus to, String note, String plan, String reason) {
}
