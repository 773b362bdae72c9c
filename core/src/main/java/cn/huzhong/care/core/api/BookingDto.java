package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.BookingStatus;
import cn.huzhong.care.core.domain.DeviceKind;
import cn.huzhong.care.core.domain.ServiceKind;

import java.time.OffsetDateTime;

/**
 * A booking: the service, the provider (with address, accessibility notes and phone), when ({@code whenText}
 * reads well aloud), the device kind and wheelchair loan for fittings, whether it can still be cancelled and
 * until when, and who booked it.
 */
public record BookingDto(long id, long residentId, BookingStatus status, ServiceKind service, String serviceName,
                         ProviderDto provider, OffsetDateTime startsAt, OffsetDateTime endsAt, String whenText,
                         DeviceKind deviceKind, String deviceKindName, boolean wheelchairLoan, String note,
                         boolean canCancel, OffsetDateTime cancelBy, String bookedBy) {
}
