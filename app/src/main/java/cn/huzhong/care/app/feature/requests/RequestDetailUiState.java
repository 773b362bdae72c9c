package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.ServiceRequestDetail;

/** One request: its status and next step, the plan, what was asked, the timeline, and cancelling or rating it. */
public sealed interface RequestDetailUiState extends ReadState {
    record Loading(String slowNote) implements RequestDetailUiState, ReadState.Waiting {
    }

    /**
     * @param status    "状态：已受理"
     * @param tone      how the status is marked besides its words
     * @param notice    what to say at the top, or null: what just happened ("已取消", "谢谢您的评价"), or that it was
     *                  sent a moment ago
     * @param cancel    where cancelling stands: not asked, asking to confirm, sending
     * @param rating    where rating stands: not sending, or sending
     * @param error     why the last cancel or rating did not go through, or null
     * @param ratingError the error under the rating choice (nothing chosen), or null
     * @param commentError the error under the comment (too long), or null
     */
    record Content(ServiceRequestDetail detail, Freshness freshness, String status, Styles.Tone tone, Step cancel,
                   Step rating, String notice, String error, String ratingError, String commentError)
            implements RequestDetailUiState, ReadState.Showing {
        Content with(Step cancel, Step rating, String notice, String error, String ratingError, String commentError) {
            return new Content(detail, freshness, status, tone, cancel, rating, notice, error, ratingError,
                    commentError);
        }
    }

    record Failed(String message) implements RequestDetailUiState, ReadState.Failing {
    }

    enum Step { IDLE, CONFIRMING, SENDING }
}
