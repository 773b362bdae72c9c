package cn.huzhong.care.server.texthotline;

import cn.huzhong.care.core.domain.HotlineStatus;
import cn.huzhong.care.core.domain.HotlineTopic;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.db.Sql;
import cn.huzhong.care.server.residents.ActorKind;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Text-hotline threads and their messages. */
public final class TextHotlineRepository {

    /** A thread with its newest message. */
    public record ThreadRow(long id, long residentId, Town town, HotlineTopic topic, HotlineStatus status, long lastMessageAt,
                            String lastMessage) {
    }

    /** A message of a thread. */
    public record MessageRow(long id, long authorAccountId, ActorKind authorKind, String body, long createdAt) {
    }

    /** A row of the desk's queue, with the resident's name. */
    public record QueueRow(ThreadRow thread, String residentName) {
    }

    private static final String THREAD = "SELECT t.id, t.resident_id, t.town, t.topic, t.status, t.last_message_at, "
            + "(SELECT m.body FROM hotline_messages m WHERE m.thread_id = t.id ORDER BY m.created_at DESC, m.id DESC LIMIT 1) "
            + "AS last_message FROM hotline_threads t ";

    private static ThreadRow thread(ResultSet rs) throws SQLException {
        return new ThreadRow(rs.getLong("id"), rs.getLong("resident_id"), Town.valueOf(rs.getString("town")),
                HotlineTopic.valueOf(rs.getString("topic")), HotlineStatus.valueOf(rs.getString("status")),
                rs.getLong("last_message_at"), rs.getString("last_message"));
    }

    public Optional<ThreadRow> thread(Connection c, long id) throws SQLException {
        return Sql.one(c, THREAD + "WHERE t.id = ?", TextHotlineRepository::thread, id);
    }

    public List<MessageRow> messages(Connection c, long threadId) throws SQLException {
        return Sql.list(c, "SELECT id, author_account_id, author_kind, body, created_at FROM hotline_messages "
                        + "WHERE thread_id = ? ORDER BY created_at, id",
                rs -> new MessageRow(rs.getLong("id"), rs.getLong("author_account_id"),
                        ActorKind.valueOf(rs.getString("author_kind")), rs.getString("body"), rs.getLong("created_at")),
                threadId);
    }

    public List<ThreadRow> byResident(Connection c, long residentId, int limit, int offset) throws SQLException {
        return Sql.list(c, THREAD + "WHERE t.resident_id = ? ORDER BY t.last_message_at DESC, t.id DESC LIMIT ? OFFSET ?",
                TextHotlineRepository::thread, residentId, limit, offset);
    }

    public long countByResident(Connection c, long residentId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM hotline_threads WHERE resident_id = ?", residentId);
    }

    public long insertThread(Connection c, long residentId, Town town, HotlineTopic topic, HotlineStatus status,
                             long createdBy, long now) throws SQLException {
        return Sql.insert(c, "INSERT INTO hotline_threads (resident_id, town, topic, status, created_by, created_at, "
                + "last_message_at) VALUES (?, ?, ?, ?, ?, ?, ?)", residentId, town, topic, status, createdBy, now, now);
    }

    public void insertMessage(Connection c, long threadId, long authorAccountId, ActorKind kind, String body, long at)
            throws SQLException {
        Sql.update(c, "INSERT INTO hotline_messages (thread_id, author_account_id, author_kind, body, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", threadId, authorAccountId, kind, body, at);
    }

    /** Sets the thread's status and the time of its newest message. */
    public void touch(Connection c, long threadId, HotlineStatus status, long at) throws SQLException {
        Sql.update(c, "UPDATE hotline_threads SET status = ?, last_message_at = ? WHERE id = ?", status, at, threadId);
    }

    /** The desk's queue: threads in {@code status}, of one town or (null) all, oldest first. */
    public List<QueueRow> queue(Connection c, HotlineStatus status, Town town, int limit, int offset) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(status));
        String where = "WHERE t.status = ?";
        if (town != null) {
            where += " AND t.town = ?";
            params.add(town);
        }
        params.add(limit);
        params.add(offset);
        return Sql.list(c, "SELECT x.*, r.name AS resident_name FROM (" + THREAD + where
                        + ") x JOIN residents r ON r.id = x.resident_id ORDER BY x.last_message_at, x.id LIMIT ? OFFSET ?",
                rs -> new QueueRow(thread(rs), rs.getString("resident_name")), params.toArray());
    }

    public long queueCount(Connection c, HotlineStatus status, Town town) throws SQLException {
        return town == null
                ? Sql.count(c, "SELECT COUNT(*) FROM hotline_threads WHERE status = ?", status)
                : Sql.count(c, "SELECT COUNT(*) FROM hotline_threads WHERE status = ? AND town = ?", status, town);
    }

    /** Removes a resident's threads and their messages (a granted deletion request). Returns the threads removed. */
    public int deleteByResident(Connection c, long residentId) throws SQLException {
        Sql.update(c, "DELETE FROM hotline_messages WHERE thread_id IN (SELECT id FROM hotline_threads WHERE resident_id = ?)",
                residentId);
        return Sql.update(c, "DELETE FROM hotline_threads WHERE resident_id = ?", residentId);
    }
}
