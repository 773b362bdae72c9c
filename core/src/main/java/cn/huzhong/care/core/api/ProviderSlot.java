package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.ServiceKind;

import java.time.OffsetDateTime;

/** A provider's slot as staff see it: places taken, and whether it was withdrawn. */
public record ProviderSlot(long id, long providerId, ServiceKind service, String serviceName, OffsetDateTime startsAt,
                           OffsetDateTime endsAt, String when, int capacity, int booked, boolean withdrawn) {
}
