package cn.huzhong.care.server.audit;

import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.db.Sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The audit log's rows. Append-only: there is an insert and reads, never an update or a delete. */
public final class AuditRepository {

    /** An entry with the names of the actor and the resident. */
    public record EntryRow(long id, long at, Long actorAccountId, String actorName, Role actorRole, String action,
                           String entity, Long entityId, Long residentId, String residentName, Town town, String before,
                           String after) {
    }

    /** What to list: each null means "any". {@code towns} null = every town and entries without one. */
    public record Filter(Long residentId, Long actorAccountId, Long fromMillis, Long toMillis, Town town,
                         boolean includeTownless) {
    }

    public void insert(Connection c, long at, Long actorAccountId, String action, String entity, Long entityId,
                       Long residentId, Town town, String before, String after) throws SQLException {
        Sql.update(c, "INSERT INTO audit_log (at, actor_account_id, action, entity, entity_id, resident_id, town, "
                        + "before_state, after_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                at, actorAccountId, action, entity, entityId, residentId, town, before, after);
    }

    private static String where(Filter f, List<Object> params) {
        List<String> parts = new ArrayList<>();
        if (f.residentId() != null) {
            parts.add("l.resident_id = ?");
            params.add(f.residentId());
        }
        if (f.actorAccountId() != null) {
            parts.add("l.actor_account_id = ?");
            params.add(f.actorAccountId());
        }
        if (f.fromMillis() != null) {
            parts.add("l.at >= ?");
            params.add(f.fromMillis());
        }
        if (f.toMillis() != null) {
            parts.add("l.at < ?");
            params.add(f.toMillis());
        }
        if (f.town() != null) {
            parts.add(f.includeTownless() ? "(l.town = ? OR l.town IS NULL)" : "l.town = ?");
            params.add(f.town());
        } else if (!f.includeTownless()) {
            parts.add("l.town IS NOT NULL");
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    /** Entries matching the filter, newest first. */
    public List<EntryRow> list(Connection c, Filter f, int limit, int offset) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        params.add(limit);
        params.add(offset);
        return Sql.list(c, "SELECT l.id, l.at, l.actor_account_id, a.display_name AS actor_name, a.role AS actor_role, "
                        + "l.action, l.entity, l.entity_id, l.resident_id, r.name AS resident_name, l.town, l.before_state, "
                        + "l.after_state FROM audit_log l LEFT JOIN accounts a ON a.id = l.actor_account_id "
                        + "LEFT JOIN residents r ON r.id = l.resident_id" + where + " ORDER BY l.at DESC, l.id DESC LIMIT ? OFFSET ?",
                AuditRepository::map, params.toArray());
    }

    public long count(Connection c, Filter f) throws SQLException {
        List<Object> params = new ArrayList<>();
        return Sql.count(c, "SELECT COUNT(*) FROM audit_log l" + where(f, params), params.toArray());
    }

    private static EntryRow map(ResultSet rs) throws SQLException {
        String role = rs.getString("actor_role");
        String town = rs.getString("town");
        return new EntryRow(rs.getLong("id"), rs.getLong("at"), Sql.getLong(rs, "actor_account_id"),
                rs.getString("actor_name"), role == null ? null : Role.valueOf(role), rs.getString("action"),
                rs.getString("entity"), Sql.getLong(rs, "entity_id"), Sql.getLong(rs, "resident_id"),
                rs.getString("resident_name"), town == null ? null : Town.valueOf(town), rs.getString("before_state"),
                rs.getString("after_state"));
    }
}
