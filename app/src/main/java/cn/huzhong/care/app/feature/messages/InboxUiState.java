package cn.huzhong.care.app.feature.messages;

import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.LoadMore;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.InboxMessage;

import java.util.List;

/**
 * The inbox. Every state carries the requests and bookings of this phone that the server refused ({@code refused}):
 * they are reported here too, because the person may not be looking at the list they belong to.
 */
public sealed interface InboxUiState extends ReadState {
    List<OutboxItem> refused();

    record Loading(List<OutboxItem> refused, String slowNote) implements InboxUiState, ReadState.Waiting {
    }

    /**
     * @param messages     newest first, as many pages as were read
     * @param more         the end of the list: whether it offers to load more
     * @param unread       unread messages about the person shown (all of them, not only those loaded)
     * @param unreadText   that count in words ("有 3 条未读消息。"), and its tone
     * @param offerMarkAll there is something to mark read: offer "mark all read"
     * @param markingAll   "mark all read" is on its way
     * @param notice       what just happened ("已全部标为已读"), or null
     * @param error        why the last action did not go through, or null
     */
    record Content(List<Row> messages, Freshness freshness, LoadMore more, List<OutboxItem> refused, long unread,
                   String unreadText, Styles.Tone unreadTone, boolean offerMarkAll, boolean markingAll, String notice,
                   String error) implements InboxUiState, ReadState.Showing {
        Content withRefused(List<OutboxItem> now) {
            return new Content(messages, freshness, more, now, unread, unreadText, unreadTone, offerMarkAll, markingAll,
                    notice, error);
        }

        Content with(LoadMore m) {
            return new Content(messages, freshness, m, refused, unread, unreadText, unreadTone, offerMarkAll, markingAll,
                    notice, error);
        }

        Content marking(boolean markingAll, String notice, String error) {
            return new Content(messages, freshness, more, refused, unread, unreadText, unreadTone, offerMarkAll,
                    markingAll, notice, error);
        }
    }

    record Failed(String message, List<OutboxItem> refused) implements InboxUiState, ReadState.Failing {
    }

    /**
     * One message.
     *
     * @param when   when it was sent, in words
     * @param spoken the whole row in one sentence (unread or not, what it says, when, what it opens)
     */
    record Row(InboxMessage message, String when, String spoken) {
        public long id() {
            return message.id();
        }

        public boolean unread() {
            return !message.read();
        }
    }
}
