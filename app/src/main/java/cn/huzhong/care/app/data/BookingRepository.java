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
    /**
     * The person's bookings: upcoming ones (soonest first: few, as slots are published four weeks ahead, so in one
     * page) and cancelled or past ones (a list that grows, read page by page).
     */
    record Lists(List<BookingDto> upcoming, Paged<BookingDto> past) {
        public Lists {
            upcoming = upcoming == null ? List.of() : List.copyOf(upcoming);
            past = past == null ? Paged.empty() : past;
        }
    }

    Reading<List<ProviderDto>> providers(ServiceKind service);

    /** Free slots of one provider, {@code days} days from {@code from}, grouped by day. */
    Reading<List<SlotDay>> slots(ServiceKind service, long providerId, LocalDate from, int days);

    Reading<Lists> bookings();

    /** The next page of past and cancelled bookings, merged into the device's copy; answers both lists. */
    CompletableFuture<Loaded<Lists>> morePastBookings();

    Reading<BookingDto> booking(long bookingId);

    CompletableFuture<BookingDto> cancel(long bookingId, String idempotencyKey);

    /** Moves a booking to {@code slotId}; when that fails, the old booking stands. */
    CompletableFuture<BookingDto> reschedule(long bookingId, long slotId, String idempotencyKey);
}
