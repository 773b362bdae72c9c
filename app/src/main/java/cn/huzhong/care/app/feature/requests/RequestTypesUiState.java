package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.core.domain.ServiceRequestType;

import java.util.List;

/**
 * Choosing the kind of service: the types, the one chosen (null until then), and why "next" did not go on.
 */
public record RequestTypesUiState(List<ServiceRequestType> types, ServiceRequestType selected, String error) {
}
