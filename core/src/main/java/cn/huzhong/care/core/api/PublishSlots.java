package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.ServiceKind;

import java.time.OffsetDateTime;

/** Staff publish bookable slots: {@code count} consecutive slots of {@code durationMinutes} from {@code startsAt}. */
public record PublishSlots(ServiceKind service, OffsetDateTime startsAt, Integer durationMinutes, Integer capacity,
                           Integer count) {
}
