package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.core.api.BookingDto;

import java.time.Instant;

/** One booking, and cancelling it. */
public sealed interface BookingDetailUiState {
    record Loading() implements BookingDetailUiState {
    }

    /**
     * @param notice what just happened to it, in words ("预约成功", "已取消"), or null
     * @param cancel where cancelling stands
     * @param error  why the last cancel did not go through (the server's words), or null
     */
    record Content(BookingDto booking, Instant savedAt, boolean fromCache, String notice, Step cancel, String error)
            implements BookingDetailUiState {
        Content with(Step cancel, String error) {
            return new Content(booking, savedAt, fromCache, null, cancel, error);
        }
    }

    record Failed(String message) implements BookingDetailUiState {
    }

    enum Step { IDLE, CONFIRMING, SENDING }
}
