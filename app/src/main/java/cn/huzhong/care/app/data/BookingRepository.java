package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.SlotDay;
import cn.huzhong.care.core.domain.ServiceKind;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Rehabilitation and device-fitting bookings (F6) of the person the app acts for. New bookings go through the
 * {@link Outbox}; cancelling and rescheduling need the server (their answer decides what happens).
 */
public interface BookingRepository {
    /** The person's bookings: upcoming ones (soonest first) and cancelled or past ones. */
    record Lists(List<BookingDto> upcoming, List<BookingDto> past) {
        public Lists {
            upcoming = upcoming == null ? List.of() : List.copyOf(upcoming);
            past = past == null ? List.of() : List.copyOf(past);
        }
    }

    CompletableFuture<Loaded<List<ProviderDto>>> providers(ServiceKind service);

    /** Free slots of one provider, {@code days} days from {@code from}, grouped by day. */
    CompletableFuture<Loaded<List<SlotDay>>> slots(ServiceKind service, long providerId, LocalDate from, int days);

    CompletableFuture<Loaded<Lists>> bookings();

    CompletableFuture<Loaded<BookingDto>> booking(long bookingId);

    CompletableFuture<BookingDto> cancel(long bookingId, String idempotencyKey);

    /** Moves a booking to {@code slotId}; when that fails, the old booking stands. */
    CompletableFuture<BookingDto> reschedule(long bookingId, long slotId, String idempotencyKey);
}
