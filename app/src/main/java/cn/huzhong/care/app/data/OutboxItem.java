package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.CreateBooking;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.domain.DeviceKind;
import cn.huzhong.care.core.domain.ServiceKind;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A request or booking kept on the device until the server has it: what was asked, for whom, by which account,
 * and the {@code key} it is sent with (its Idempotency-Key, fixed when it was made, so however often it is sent,
 * the server acts on it once).
 *
 * @param state    WAITING to be sent, or FAILED: the server refused it ({@code failure} says why, in its words)
 * @param attempts how often sending was tried
 */
public record OutboxItem(String key, Kind kind, long accountId, long residentId, Instant createdAt,
                         CreateServiceRequest request, CreateBooking booking, BookingInfo bookingInfo, State state,
                         String failure, int attempts, Instant lastAttemptAt) {
    public enum Kind { REQUEST, BOOKING }

    public enum State { WAITING, FAILED }

    /** What a booking is for, as shown while it waits (the slot's own details, kept from when it was chosen). */
    public record BookingInfo(ServiceKind service, long providerId, String providerName, OffsetDateTime startsAt,
                              OffsetDateTime endsAt, DeviceKind deviceKind, boolean wheelchairLoan) {
    }

    public static OutboxItem request(String key, long accountId, long residentId, Instant at, CreateServiceRequest r) {
        return new OutboxItem(key, Kind.REQUEST, accountId, residentId, at, r, null, null, State.WAITING, null, 0, null);
    }

    public static OutboxItem booking(String key, long accountId, long residentId, Instant at, CreateBooking b,
                                     BookingInfo info) {
        return new OutboxItem(key, Kind.BOOKING, accountId, residentId, at, null, b, info, State.WAITING, null, 0, null);
    }

    public boolean waiting() {
        return state == State.WAITING;
    }

    OutboxItem tried(Instant at) {
        return new OutboxItem(key, kind, accountId, residentId, createdAt, request, booking, bookingInfo, state, failure,
                attempts + 1, at);
    }

    OutboxItem failed(String why) {
        return new OutboxItem(key, kind, accountId, residentId, createdAt, request, booking, bookingInfo, State.FAILED, why,
                attempts, lastAttemptAt);
    }
}
