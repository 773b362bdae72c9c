package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.BookingDto;

/** One booking, and cancelling it. */
public sealed interface BookingDetailUiState extends ReadState {
    record Loading(String slowNote) implements BookingDetailUiState, ReadState.Waiting {
    }

    /**
     * @param status     its status in words (a booking whose time has passed reads "已结束")
     * @param tone       how the status is marked besides its words
     * @param changeable it is booked and not over: the view offers what can still be changed
     * @param notice     what just happened to it, in words ("预约成功", "已取消"), or null
     * @param cancel     where cancelling stands
     * @param error      why the last cancel did not go through (the server's words), or null
     */
    record Content(BookingDto booking, Freshness freshness, String status, Styles.Tone tone, boolean changeable,
                   String notice, Step cancel, String error) implements BookingDetailUiState, ReadState.Showing {
        Content with(Step cancel, String error) {
            return new Content(booking, freshness, status, tone, changeable, null, cancel, error);
        }
    }

    record Failed(String message) implements BookingDetailUiState, ReadState.Failing {
    }

    enum Step { IDLE, CONFIRMING, SENDING }
}
