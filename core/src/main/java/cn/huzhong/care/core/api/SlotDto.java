package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.ServiceKind;

import java.time.OffsetDateTime;

/** A free slot: when, where, and how many places are left. {@code timeText} reads well aloud ("上午 9:00–9:45"). */
public record SlotDto(long id, long providerId, String providerName, ServiceKind service, String serviceName,
                      OffsetDateTime startsAt, OffsetDateTime endsAt, String timeText, int placesLeft) {
}
