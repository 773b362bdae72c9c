package cn.huzhong.care.server.audit;

import cn.huzhong.care.server.db.Sql;

import java.sql.Connection;
import java.sql.SQLException;

/** The audit log's rows. Append-only: there is an insert and reads, never an update or a delete. */
public final class AuditRepository {
    public void insert(Connection c, long at, Long actorAccountId, String action, String entity, Long entityId,
                       String before, String after) throws SQLException {
        Sql.update(c, "INSERT INTO audit_log (at, actor_account_id, action, entity, entity_id, before_state, after_state) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", at, actorAccountId, action, entity, entityId, before, after);
    }
}
