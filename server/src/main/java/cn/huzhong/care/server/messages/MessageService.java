package cn.huzhong.care.server.messages;

import cn.huzhong.care.core.api.InboxMessage;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.UnreadCount;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.db.Sql;
import cn.huzhong.care.server.errors.NotFoundException;
import cn.huzhong.care.server.residents.Access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The signed-in account's inbox (F8): list, unread counts, mark read. Only the recipient ever sees a message. */
public final class MessageService {
    private static final String SELECT = "SELECT m.id, m.kind, m.resident_id, r.name AS resident_name, m.message_key, m.args, "
            + "m.link_id, m.created_at, m.read_at FROM inbox_messages m JOIN residents r ON r.id = m.resident_id ";

    private final Database db;
    private final Clock clock;

    public MessageService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Page<InboxMessage> list(Principal p, Long residentId, boolean unreadOnly, int page, int size, Lang lang) {
        Access.requireActive(p);
        StringBuilder where = new StringBuilder("WHERE m.account_id = ?");
        List<Object> params = new ArrayList<>(List.of(p.accountId()));
        if (residentId != null) {
            where.append(" AND m.resident_id = ?");
            params.add(residentId);
        }
        if (unreadOnly) {
            where.append(" AND m.read_at IS NULL");
        }
        String w = where.toString();
        return db.read(c -> {
            List<Object> q = new ArrayList<>(params);
            q.add(size);
            q.add((page - 1) * size);
            List<InboxMessage> items = Sql.list(c, SELECT + w + " ORDER BY m.created_at DESC, m.id DESC LIMIT ? OFFSET ?",
                    rs -> Inbox.render(rs, lang), q.toArray());
            long total = Sql.count(c, "SELECT COUNT(*) FROM inbox_messages m " + w, params.toArray());
            return new Page<>(items, page, size, total);
        });
    }

    public UnreadCount unread(Principal p) {
        Access.requireActive(p);
        return db.read(c -> {
            List<UnreadCount.ResidentCount> by = Sql.list(c, "SELECT resident_id, COUNT(*) FROM inbox_messages "
                            + "WHERE account_id = ? AND read_at IS NULL GROUP BY resident_id ORDER BY resident_id",
                    rs -> new UnreadCount.ResidentCount(rs.getLong(1), rs.getLong(2)), p.accountId());
            return new UnreadCount(by.stream().mapToLong(UnreadCount.ResidentCount::count).sum(), by);
        });
    }

    public InboxMessage markRead(Principal p, long messageId, Lang lang) {
        Access.requireActive(p);
        long now = clock.millis();
        return db.tx(c -> {
            Sql.update(c, "UPDATE inbox_messages SET read_at = ? WHERE id = ? AND account_id = ? AND read_at IS NULL",
                    now, messageId, p.accountId());
            return Sql.one(c, SELECT + "WHERE m.id = ? AND m.account_id = ?", rs -> Inbox.render(rs, lang), messageId,
                    p.accountId()).orElseThrow(NotFoundException::new);
        });
    }

    public UnreadCount markAllRead(Principal p, Long residentId) {
        Access.requireActive(p);
        long now = clock.millis();
        db.tx(c -> residentId == null
                ? Sql.update(c, "UPDATE inbox_messages SET read_at = ? WHERE account_id = ? AND read_at IS NULL", now, p.accountId())
                : Sql.update(c, "UPDATE inbox_messages SET read_at = ? WHERE account_id = ? AND resident_id = ? AND read_at IS NULL",
                        now, p.accountId(), residentId));
        return unread(p);
    }
}
