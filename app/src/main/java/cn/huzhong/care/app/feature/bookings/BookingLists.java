package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.BookingDto;

import java.util.List;

/**
 * The person's bookings as the list screen shows them ({@code OutboxListUiState<BookingLists>}): upcoming ones, then
 * past and cancelled ones (page by page), each with its status decided (a booking whose time has passed reads
 * "已结束" though the server still says booked).
 */
public record BookingLists(List<Row> upcoming, List<Row> past) {
    public BookingLists {
        upcoming = List.copyOf(upcoming);
        past = List.copyOf(past);
    }

    /**
     * One booking.
     *
     * @param status its status in words: booked, over, cancelled
     * @param tone   how the status is marked besides its words
     * @param spoken the whole row in one sentence, for screen readers
     */
    public record Row(BookingDto booking, String status, Styles.Tone tone, String spoken) {
        public long id() {
            return booking.id();
        }
    }
}
