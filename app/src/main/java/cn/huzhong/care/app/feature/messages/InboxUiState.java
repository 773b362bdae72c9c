package cn.huzhong.care.app.feature.messages;

import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.core.api.InboxMessage;

import java.time.Instant;
import java.util.List;

/**
 * The inbox. Every state carries the requests and bookings of this phone that the server refused ({@code refused}):
 * they are reported here too, because the person may not be looking at the list they belong to.
 */
public sealed interface InboxUiState {
    List<OutboxItem> refused();

    record Loading(List<OutboxItem> refused) implements InboxUiState {
    }

    /**
     * @param markingAll "mark all read" is on its way
     * @param notice     what just happened ("已全部标为已读"), or null
     * @param error      why the last action did not go through, or null
     */
    record Content(List<InboxMessage> messages, Instant savedAt, boolean fromCache, List<OutboxItem> refused,
                   boolean markingAll, String notice, String error) implements InboxUiState {
        public long unread() {
            return messages.stream().filter(m -> !m.read()).count();
        }
    }

    record Failed(String message, List<OutboxItem> refused) implements InboxUiState {
    }
}
