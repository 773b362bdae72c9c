package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.domain.Town;

import java.util.List;

/** A rehabilitation or assistive-device provider, with how accessible it is to get there and in. */
public record ProviderDto(long id, String name, Town town, String townName, String address, String accessibilityNotes,
                          String phone, List<ServiceKind> services) {
}
