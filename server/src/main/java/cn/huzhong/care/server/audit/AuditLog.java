package cn.huzhong.care.server.audit;

import cn.huzhong.care.server.db.Sql;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Who did what to which record, when, with the state before and after (F13). Written in the same transaction
 * as the change it records, so the log and the data never disagree. States are short JSON or text, never a
 * full certificate number or phone number.
 */
public final class AuditLog {
    public void record(Connection c, long at, Long actorAccountId, String action, String entity, Long entityId,
                       String before, String after) throws SQLException {
        Sql.update(c, "INSERT INTO audit_log (at, actor_account_id, action, entity, entity_id, before_state, after_state) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", at, actorAccountId, action, entity, entityId, before, after);
    }
}
