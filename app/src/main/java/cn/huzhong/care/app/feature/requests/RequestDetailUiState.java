package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.core.api.ServiceRequestDetail;

import java.time.Instant;

/** One request: its status and next step, the plan, what was asked, the timeline, and cancelling or rating it. */
public sealed interface RequestDetailUiState {
    record Loading() implements RequestDetailUiState {
    }

    /**
     * @param justSent  it was sent a moment ago (said at the top)
     * @param cancel    where cancelling stands: not asked, asking to confirm, sending
     * @param rating    where rating stands: not sending, or sending
     * @param notice    what just happened, in words ("已取消", "谢谢您的评价"), or null
     * @param error     why the last cancel or rating did not go through, or null
     * @param ratingError the error under the rating choice (nothing chosen), or null
     * @param commentError the error under the comment (too long), or null
     */
    record Content(ServiceRequestDetail detail, Instant savedAt, boolean fromCache, boolean justSent, Step cancel,
                   Step rating, String notice, String error, String ratingError, String commentError)
            implements RequestDetailUiState {
        Content with(Step cancel, Step rating, String notice, String error, String ratingError, String commentError) {
            return new Content(detail, savedAt, fromCache, justSent, cancel, rating, notice, error, ratingError,
                    commentError);
        }
    }

    record Failed(String message) implements RequestDetailUiState {
    }

    enum Step { IDLE, CONFIRMING, SENDING }
}
