package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.data.BookingRepository;
import cn.huzhong.care.app.data.OutboxItem;

import java.time.Instant;
import java.util.List;

/**
 * "My bookings". Every state carries the bookings still on the device ({@code outbox}: waiting to be sent, or
 * refused by the server because the slot filled up meanwhile), which show even when the server cannot.
 */
public sealed interface BookingsUiState {
    List<OutboxItem> outbox();

    record Loading(List<OutboxItem> outbox) implements BookingsUiState {
    }

    record Content(BookingRepository.Lists lists, Instant savedAt, boolean fromCache, List<OutboxItem> outbox)
            implements BookingsUiState {
    }

    record Failed(String message, List<OutboxItem> outbox) implements BookingsUiState {
    }
}
