package cn.huzhong.care.server.messages;

import cn.huzhong.care.core.domain.MessageKind;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.db.Sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Inbox messages: one row per recipient account, stored as a message key and its arguments. */
public final class MessageRepository {

    /** A stored message with the name of the resident it is about. */
    public record MessageRow(long id, MessageKind kind, long residentId, String residentName, String messageKey,
                             String argsJson, Long linkId, long createdAt, Long readAt) {
    }

    /** Unread messages about one resident. */
    public record UnreadRow(long residentId, long count) {
    }

    private static final String SELECT = "SELECT m.id, m.kind, m.resident_id, r.name AS resident_name, m.message_key, m.args, "
            + "m.link_id, m.created_at, m.read_at FROM inbox_messages m JOIN residents r ON r.id = m.resident_id ";

    private static MessageRow map(ResultSet rs) throws SQLException {
        return new MessageRow(rs.getLong("id"), MessageKind.valueOf(rs.getString("kind")), rs.getLong("resident_id"),
                rs.getString("resident_name"), rs.getString("message_key"), rs.getString("args"),
                Sql.getLong(rs, "link_id"), rs.getLong("created_at"), Sql.getLong(rs, "read_at"));
    }

    /** The active accounts that look after a resident: the resident's own account and every linked carer. */
    public List<Long> carersAndSelf(Connection c, long residentId) throws SQLException {
        return Sql.list(c, "SELECT id FROM accounts WHERE resident_id = ? AND status = 'ACTIVE' "
                + "UNION SELECT l.carer_account_id FROM carer_links l JOIN accounts a ON a.id = l.carer_account_id "
                + "WHERE l.resident_id = ? AND a.status = 'ACTIVE'", rs -> rs.getLong(1), residentId, residentId);
    }

    /**
     * The active staff who answer for a town: its town office; the district federation when the town has no active
     * staff account.
     */
    public List<Long> staffFor(Connection c, Town town) throws SQLException {
        List<Long> town0 = Sql.list(c, "SELECT id FROM accounts WHERE role = 'STAFF' AND status = 'ACTIVE' AND town = ? "
                + "AND staff_scope = 'TOWN' ORDER BY id", rs -> rs.getLong(1), town);
        if (!town0.isEmpty()) {
            return town0;
        }
        return Sql.list(c, "SELECT id FROM accounts WHERE role = 'STAFF' AND status = 'ACTIVE' AND staff_scope = 'DISTRICT' "
                + "ORDER BY id", rs -> rs.getLong(1));
    }

    /** Inserts a message unless the account already has one with the same {@code dedupeKey}. */
    public void insert(Connection c, long accountId, long residentId, MessageKind kind, String key, String argsJson,
                       Long linkId, String dedupeKey, long now) throws SQLException {
        Sql.update(c, "INSERT INTO inbox_messages (account_id, resident_id, kind, message_key, args, link_id, dedupe_key, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, dedupe_key) DO NOTHING",
                accountId, residentId, kind, key, argsJson, linkId, dedupeKey, now);
    }

    private static String where(Long residentId, boolean unreadOnly, List<Object> params) {
        StringBuilder where = new StringBuilder("WHERE m.account_id = ?");
        if (residentId != null) {
            where.append(" AND m.resident_id = ?");
            params.add(residentId);
        }
        if (unreadOnly) {
            where.append(" AND m.read_at IS NULL");
        }
        return where.toString();
    }

    public List<MessageRow> list(Connection c, long accountId, Long residentId, boolean unreadOnly, int limit, int offset)
            throws SQLException {
        List<Object> params = new ArrayList<>(List.of(accountId));
        String where = where(residentId, unreadOnly, params);
        params.add(limit);
        params.add(offset);
        return Sql.list(c, SELECT + where + " ORDER BY m.created_at DESC, m.id DESC LIMIT ? OFFSET ?",
                MessageRepository::map, params.toArray());
    }

    public long count(Connection c, long accountId, Long residentId, boolean unreadOnly) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(accountId));
        String where = where(residentId, unreadOnly, params);
        return Sql.count(c, "SELECT COUNT(*) FROM inbox_messages m " + where, params.toArray());
    }

    public List<UnreadRow> unreadByResident(Connection c, long accountId) throws SQLException {
        return Sql.list(c, "SELECT resident_id, COUNT(*) FROM inbox_messages WHERE account_id = ? AND read_at IS NULL "
                + "GROUP BY resident_id ORDER BY resident_id", rs -> new UnreadRow(rs.getLong(1), rs.getLong(2)), accountId);
    }

    public Optional<MessageRow> byId(Connection c, long accountId, long messageId) throws SQLException {
        return Sql.one(c, SELECT + "WHERE m.id = ? AND m.account_id = ?", MessageRepository::map, messageId, accountId);
    }

    public void markRead(Connection c, long accountId, long messageId, long now) throws SQLException {
        Sql.update(c, "UPDATE inbox_messages SET read_at = ? WHERE id = ? AND account_id = ? AND read_at IS NULL",
                now, messageId, accountId);
    }

    public void markAllRead(Connection c, long accountId, Long residentId, long now) throws SQLException {
        if (residentId == null) {
            Sql.update(c, "UPDATE inbox_messages SET read_at = ? WHERE account_id = ? AND read_at IS NULL", now, accountId);
        } else {
            Sql.update(c, "UPDATE inbox_messages SET read_at = ? WHERE account_id = ? AND resident_id = ? AND read_at IS NULL",
                    now, accountId, residentId);
        }
    }

    /** Removes every message about a resident, from every inbox (a granted deletion request). */
    public int deleteByResident(Connection c, long residentId) throws SQLException {
        return Sql.update(c, "DELETE FROM inbox_messages WHERE resident_id = ?", residentId);
    }
}
