package cn.huzhong.care.server.tasks;

import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.TaskStatus;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.db.Sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Help tasks and their events. The guarantees are statements, not JVM locks: {@link #take} is a conditional UPDATE
 * ({@code ... WHERE status = 'OPEN'}), so however many volunteers accept at once, on however many servers, exactly
 * one row update succeeds (PostgreSQL re-checks the condition after the row lock; SQLite has one writer at a time);
 * every later move names the status it comes from and the volunteer who holds the task.
 */
public final class TaskRepository {

    /** A stored task, with the volunteer's name and the resident's name. */
    public record TaskRow(long id, long residentId, String residentName, Town town, HelpKind kind, String needed,
                          long windowStart, long windowEnd, TaskStatus status, Long volunteerId, String volunteerName,
                          Long requestId, Long acceptedAt, Long checkedInAt, Long completedAt, Integer minutes,
                          String completionNote, Integer rating, String ratingComment, String cancelReason, long createdBy,
                          long createdAt) {
    }

    private static final String SELECT = "SELECT t.id, t.resident_id, r.name AS resident_name, t.town, t.kind, t.needed, "
            + "t.window_start, t.window_end, t.status, t.volunteer_account_id, v.display_name AS volunteer_name, t.request_id, "
            + "t.accepted_at, t.checked_in_at, t.completed_at, t.minutes, t.completion_note, t.rating, t.rating_comment, "
            + "t.cancel_reason, t.created_by, t.created_at FROM help_tasks t JOIN residents r ON r.id = t.resident_id "
            + "LEFT JOIN accounts v ON v.id = t.volunteer_account_id ";

    private static Integer integer(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    static TaskRow map(ResultSet rs) throws SQLException {
        return new TaskRow(rs.getLong("id"), rs.getLong("resident_id"), rs.getString("resident_name"),
                Town.valueOf(rs.getString("town")), HelpKind.valueOf(rs.getString("kind")), rs.getString("needed"),
                rs.getLong("window_start"), rs.getLong("window_end"), TaskStatus.valueOf(rs.getString("status")),
                Sql.getLong(rs, "volunteer_account_id"), rs.getString("volunteer_name"), Sql.getLong(rs, "request_id"),
                Sql.getLong(rs, "accepted_at"), Sql.getLong(rs, "checked_in_at"), Sql.getLong(rs, "completed_at"),
                integer(rs, "minutes"), rs.getString("completion_note"), integer(rs, "rating"), rs.getString("rating_comment"),
                rs.getString("cancel_reason"), rs.getLong("created_by"), rs.getLong("created_at"));
    }

    public long insert(Connection c, long residentId, Town town, HelpKind kind, String needed, long windowStart,
                       long windowEnd, Long requestId, long createdBy, long now) throws SQLException {
        return Sql.insert(c, "INSERT INTO help_tasks (resident_id, town, kind, needed, window_start, window_end, status, "
                        + "request_id, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?)",
                residentId, town, kind, needed, windowStart, windowEnd, requestId, createdBy, now, now);
    }

    public Optional<TaskRow> byId(Connection c, long id) throws SQLException {
        return Sql.one(c, SELECT + "WHERE t.id = ?", TaskRepository::map, id);
    }

    /** What to list; null means any. */
    public record Filter(Collection<Town> towns, Collection<TaskStatus> statuses, HelpKind kind, Long startFrom,
                         Long startBefore, Long endAfter, Long volunteerId, Long residentId, Long requestId) {
        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null, null);
        }
    }

    private static String in(String column, Collection<?> values, List<Object> params) {
        params.addAll(values);
        return column + " IN (" + String.join(", ", values.stream().map(v -> "?").toList()) + ")";
    }

    private static String where(Filter f, List<Object> params) {
        List<String> parts = new ArrayList<>();
        if (f.towns() != null) {
            parts.add(f.towns().isEmpty() ? "1 = 0" : in("t.town", f.towns(), params));
        }
        if (f.statuses() != null) {
            parts.add(f.statuses().isEmpty() ? "1 = 0" : in("t.status", f.statuses(), params));
        }
        if (f.kind() != null) {
            parts.add("t.kind = ?");
            params.add(f.kind());
        }
        if (f.startFrom() != null) {
            parts.add("t.window_start >= ?");
            params.add(f.startFrom());
        }
        if (f.startBefore() != null) {
            parts.add("t.window_start < ?");
            params.add(f.startBefore());
        }
        if (f.endAfter() != null) {
            parts.add("t.window_end > ?");
            params.add(f.endAfter());
        }
        if (f.volunteerId() != null) {
            parts.add("t.volunteer_account_id = ?");
            params.add(f.volunteerId());
        }
        if (f.residentId() != null) {
            parts.add("t.resident_id = ?");
            params.add(f.residentId());
        }
        if (f.requestId() != null) {
            parts.add("t.request_id = ?");
            params.add(f.requestId());
        }
        return parts.isEmpty() ? "" : "WHERE " + String.join(" AND ", parts) + " ";
    }

    /** Tasks matching the filter: soonest first, or newest first with {@code newestFirst}. */
    public List<TaskRow> list(Connection c, Filter f, boolean newestFirst, int limit, int offset) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        params.add(limit);
        params.add(offset);
        String order = newestFirst ? "ORDER BY t.window_start DESC, t.id DESC" : "ORDER BY t.window_start, t.id";
        return Sql.list(c, SELECT + where + order + " LIMIT ? OFFSET ?", TaskRepository::map, params.toArray());
    }

    public long count(Connection c, Filter f) throws SQLException {
        List<Object> params = new ArrayList<>();
        return Sql.count(c, "SELECT COUNT(*) FROM help_tasks t " + where(f, params), params.toArray());
    }

    /** Gives an open task to a volunteer; false when it is no longer open (someone else won it). */
    public boolean take(Connection c, long id, long volunteerId, long now) throws SQLException {
        return Sql.update(c, "UPDATE help_tasks SET status = 'ACCEPTED', volunteer_account_id = ?, accepted_at = ?, "
                + "updated_at = ? WHERE id = ? AND status = 'OPEN'", volunteerId, now, now, id) == 1;
    }

    /** The task goes back to OPEN from {@code from}, if the volunteer still holds it there. */
    public boolean release(Connection c, long id, long volunteerId, TaskStatus from, long now) throws SQLException {
        return Sql.update(c, "UPDATE help_tasks SET status = 'OPEN', volunteer_account_id = NULL, accepted_at = NULL, "
                        + "checked_in_at = NULL, updated_at = ? WHERE id = ? AND volunteer_account_id = ? AND status = ?",
                now, id, volunteerId, from) == 1;
    }

    public boolean checkIn(Connection c, long id, long volunteerId, long now) throws SQLException {
        return Sql.update(c, "UPDATE help_tasks SET status = 'CHECKED_IN', checked_in_at = ?, updated_at = ? "
                + "WHERE id = ? AND volunteer_account_id = ? AND status = 'ACCEPTED'", now, now, id, volunteerId) == 1;
    }

    public boolean complete(Connection c, long id, long volunteerId, int minutes, String note, long now) throws SQLException {
        return Sql.update(c, "UPDATE help_tasks SET status = 'COMPLETED', completed_at = ?, minutes = ?, completion_note = ?, "
                        + "updated_at = ? WHERE id = ? AND volunteer_account_id = ? AND status = 'CHECKED_IN'",
                now, minutes, note, now, id, volunteerId) == 1;
    }

    public boolean cancel(Connection c, long id, TaskStatus from, String reason, long now) throws SQLException {
        return Sql.update(c, "UPDATE help_tasks SET status = 'CANCELLED', volunteer_account_id = NULL, cancel_reason = ?, "
                + "updated_at = ? WHERE id = ? AND status = ?", reason, now, id, from) == 1;
    }

    /** The person's rating, once: false when the task is not completed or already rated. */
    public boolean rate(Connection c, long id, int rating, String comment, long by, long now) throws SQLException {
        return Sql.update(c, "UPDATE help_tasks SET rating = ?, rating_comment = ?, rated_by = ?, updated_at = ? "
                + "WHERE id = ? AND status = 'COMPLETED' AND rating IS NULL", rating, comment, by, now, id) == 1;
    }

    /** Removes the written comments of the resident's ratings (a granted deletion). */
    public int clearComments(Connection c, long residentId) throws SQLException {
        return Sql.update(c, "UPDATE help_tasks SET rating_comment = NULL WHERE resident_id = ? AND rating_comment IS NOT NULL",
                residentId);
    }

    public void insertEvent(Connection c, long taskId, String event, long at, Long actor, Long volunteerId, String note)
            throws SQLException {
        Sql.update(c, "INSERT INTO task_events (task_id, event, at, actor_account_id, volunteer_account_id, note) "
                + "VALUES (?, ?, ?, ?, ?, ?)", taskId, event, at, actor, volunteerId, note);
    }

    // ---- complaints ----

    /** A complaint, with the names of the volunteer and the resident. */
    public record ComplaintRow(long id, long taskId, long volunteerId, String volunteerName, long residentId,
                               String residentName, Town town, String body, String status, long createdAt, Long closedAt,
                               String outcome) {
    }

    private static final String COMPLAINT = "SELECT k.id, k.task_id, k.volunteer_account_id, v.display_name AS volunteer_name, "
            + "k.resident_id, r.name AS resident_name, k.town, k.body, k.status, k.created_at, k.closed_at, k.outcome "
            + "FROM task_complaints k JOIN accounts v ON v.id = k.volunteer_account_id JOIN residents r ON r.id = k.resident_id ";

    private static ComplaintRow complaint(ResultSet rs) throws SQLException {
        return new ComplaintRow(rs.getLong("id"), rs.getLong("task_id"), rs.getLong("volunteer_account_id"),
                rs.getString("volunteer_name"), rs.getLong("resident_id"), rs.getString("resident_name"),
                Town.valueOf(rs.getString("town")), rs.getString("body"), rs.getString("status"), rs.getLong("created_at"),
                Sql.getLong(rs, "closed_at"), rs.getString("outcome"));
    }

    public long insertComplaint(Connection c, TaskRow t, String body, long by, long now) throws SQLException {
        return Sql.insert(c, "INSERT INTO task_complaints (task_id, volunteer_account_id, resident_id, town, body, status, "
                + "created_by, created_at) VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?)", t.id(), t.volunteerId(), t.residentId(),
                t.town(), body, by, now);
    }

    public Optional<ComplaintRow> complaint(Connection c, long id) throws SQLException {
        return Sql.one(c, COMPLAINT + "WHERE k.id = ?", TaskRepository::complaint, id);
    }

    /** Complaints by status (null = any), in one town (null = all) or about one volunteer (null = any), newest first. */
    public List<ComplaintRow> complaints(Connection c, String status, Town town, Long volunteerId, int limit, int offset)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = complaintWhere(status, town, volunteerId, params);
        params.add(limit);
        params.add(offset);
        return Sql.list(c, COMPLAINT + where + "ORDER BY k.created_at DESC, k.id DESC LIMIT ? OFFSET ?",
                TaskRepository::complaint, params.toArray());
    }

    public long countComplaints(Connection c, String status, Town town, Long volunteerId) throws SQLException {
        List<Object> params = new ArrayList<>();
        return Sql.count(c, "SELECT COUNT(*) FROM task_complaints k " + complaintWhere(status, town, volunteerId, params),
                params.toArray());
    }

    private static String complaintWhere(String status, Town town, Long volunteerId, List<Object> params) {
        List<String> parts = new ArrayList<>();
        if (status != null) {
            parts.add("k.status = ?");
            params.add(status);
        }
        if (town != null) {
            parts.add("k.town = ?");
            params.add(town);
        }
        if (volunteerId != null) {
            parts.add("k.volunteer_account_id = ?");
            params.add(volunteerId);
        }
        return parts.isEmpty() ? "" : "WHERE " + String.join(" AND ", parts) + " ";
    }

    public boolean closeComplaint(Connection c, long id, long by, String outcome, long now) throws SQLException {
        return Sql.update(c, "UPDATE task_complaints SET status = 'CLOSED', closed_by = ?, closed_at = ?, outcome = ? "
                + "WHERE id = ? AND status = 'OPEN'", by, now, outcome, id) == 1;
    }
}
