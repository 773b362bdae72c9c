package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.InboxMessage;
import cn.huzhong.care.core.api.UnreadCount;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The inbox (F8): messages about the person the app acts for, unread counts, marking read. */
public interface MessageRepository {
    /** Messages about the person the app acts for, newest first; cached for offline use. */
    CompletableFuture<Loaded<List<InboxMessage>>> messages();

    /** Unread messages in all and per resident (a carer sees each linked resident's count). */
    CompletableFuture<Loaded<UnreadCount>> unread();

    CompletableFuture<InboxMessage> markRead(long messageId);

    /** Marks every message about the person the app acts for read. */
    CompletableFuture<UnreadCount> markAllRead();
}
