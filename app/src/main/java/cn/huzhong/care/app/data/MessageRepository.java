package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.InboxMessage;
import cn.huzhong.care.core.api.UnreadCount;

import java.util.concurrent.CompletableFuture;

/** The inbox (F8): messages about the person the app acts for, unread counts, marking read. */
public interface MessageRepository {
    /** Messages about the person the app acts for, newest first, as many pages as were read before. */
    Reading<Paged<InboxMessage>> messages();

    /** The next page of messages, merged into the device's copy; answers the whole list. */
    CompletableFuture<Loaded<Paged<InboxMessage>>> moreMessages();

    /** Unread messages in all and per resident (a carer sees each linked resident's count). */
    Reading<UnreadCount> unread();

    /** Marks one read, on the server and in the device's copies of the inbox and the counts. */
    CompletableFuture<InboxMessage> markRead(long messageId);

    /** Marks every message about the person the app acts for read (on the server and in the device's copies). */
    CompletableFuture<UnreadCount> markAllRead();
}
