package cn.huzhong.care.app.feature.texthotline;

import cn.huzhong.care.core.api.HotlineThreadDetail;

import java.time.Instant;

/** A thread with the 12385 desk, and writing again in it. */
public sealed interface ThreadUiState {
    record Loading() implements ThreadUiState {
    }

    /**
     * @param sending   a new message is on its way
     * @param replyError the error under the message field, or null
     * @param formMessage why the message was not sent, or null
     * @param notice    what just happened ("已发出"), or null
     */
    record Content(HotlineThreadDetail detail, Instant savedAt, boolean fromCache, boolean sending, String replyError,
                   String formMessage, String notice) implements ThreadUiState {
        Content with(boolean sending, String replyError, String formMessage, String notice) {
            return new Content(detail, savedAt, fromCache, sending, replyError, formMessage, notice);
        }
    }

    record Failed(String message) implements ThreadUiState {
    }
}
