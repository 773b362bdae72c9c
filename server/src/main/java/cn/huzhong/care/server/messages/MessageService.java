package cn.huzhong.care.server.messages;

import cn.huzhong.care.core.api.InboxMessage;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.UnreadCount;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.errors.NotFoundException;
import cn.huzhong.care.server.residents.Access;

import java.time.Clock;
import java.util.List;

/** The signed-in account's inbox (F8): list, unread counts, mark read. Only the recipient ever sees a message. */
public final class MessageService {
    private final Database db;
    private final MessageRepository messages;
    private final Clock clock;

    public MessageService(Database db, MessageRepository messages, Clock clock) {
        this.db = db;
        this.messages = messages;
        this.clock = clock;
    }

    public Page<InboxMessage> list(Principal p, Long residentId, boolean unreadOnly, int page, int size, Lang lang) {
        Access.requireActive(p);
        return db.read(c -> {
            List<InboxMessage> items = messages.list(c, p.accountId(), residentId, unreadOnly, size, (page - 1) * size)
                    .stream().map(m -> Inbox.render(m, lang)).toList();
            return new Page<>(items, page, size, messages.count(c, p.accountId(), residentId, unreadOnly));
        });
    }

    public UnreadCount unread(Principal p) {
        Access.requireActive(p);
        return db.read(c -> {
            List<UnreadCount.ResidentCount> by = messages.unreadByResident(c, p.accountId()).stream()
                    .map(u -> new UnreadCount.ResidentCount(u.residentId(), u.count())).toList();
            return new UnreadCount(by.stream().mapToLong(UnreadCount.ResidentCount::count).sum(), by);
        });
    }

    public InboxMessage markRead(Principal p, long messageId, Lang lang) {
        Access.requireActive(p);
        long now = clock.millis();
        return db.tx(c -> {
            messages.markRead(c, p.accountId(), messageId, now);
            return messages.byId(c, p.accountId(), messageId).map(m -> Inbox.render(m, lang))
                    .orElseThrow(NotFoundException::new);
        });
    }

    public UnreadCount markAllRead(Principal p, Long residentId) {
        Access.requireActive(p);
        long now = clock.millis();
        db.tx(c -> {
            messages.markAllRead(c, p.accountId(), residentId, now);
            return null;
        });
        return unread(p);
    }
}
