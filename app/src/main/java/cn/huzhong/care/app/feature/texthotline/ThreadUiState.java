package cn.huzhong.care.app.feature.texthotline;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.HotlineMessageDto;
import cn.huzhong.care.core.api.HotlineThreadDetail;

import java.util.List;

/** A thread with the 12385 desk, and writing again in it. */
public sealed interface ThreadUiState extends ReadState {
    record Loading(String slowNote) implements ThreadUiState, ReadState.Waiting {
    }

    /**
     * @param status      whether the desk has replied, in words, and its tone
     * @param messages    every message, oldest first, each saying who wrote it and when
     * @param sending     a new message is on its way
     * @param replyError  the error under the message field, or null
     * @param formMessage why the message was not sent, or null
     * @param notice      what just happened ("已发出"), or null
     */
    record Content(HotlineThreadDetail detail, Freshness freshness, String status, Styles.Tone tone,
                   List<Message> messages, boolean sending, String replyError, String formMessage, String notice)
            implements ThreadUiState, ReadState.Showing {
        Content with(boolean sending, String replyError, String formMessage, String notice) {
            return new Content(detail, freshness, status, tone, messages, sending, replyError, formMessage, notice);
        }
    }

    record Failed(String message) implements ThreadUiState, ReadState.Failing {
    }

    /** One message: {@code who} "12385 李敏 · 11月28日 10:00" (the desk) or the person's own. */
    record Message(HotlineMessageDto message, String who) {
        public boolean fromDesk() {
            return message.fromDesk();
        }
    }
}
