package cn.huzhong.care.server.audit;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Who did what to which record, when, with the state before and after (F13). Written in the same transaction
 * as the change it records, so the log and the data never disagree. States are short JSON or text, never a
 * full certificate number or phone number.
 */
public final class AuditLog {
    private final AuditRepository entries;

    public AuditLog(AuditRepository entries) {
        this.entries = entries;
    }

    public AuditLog() {
        this(new AuditRepository());
    }

    public void record(Connection c, long at, Long actorAccountId, String action, String entity, Long entityId,
                       String before, String after) throws SQLException {
        entries.insert(c, at, actorAccountId, action, entity, entityId, before, after);
    }
}
