package cn.huzhong.care.server.idempotency;

import cn.huzhong.care.server.db.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Claimed idempotency keys and the answers stored under them. */
public final class IdempotencyRepository {

    /** A claimed key: the request's fingerprint and, once the work is done, its answer. */
    public record KeyRow(String requestHash, Integer status, String body) {
    }

    /** Claims the key; false when it was claimed before (or is being claimed by a transaction that commits first). */
    public boolean claim(Connection c, long accountId, String key, String requestHash, long now) throws SQLException {
        return Sql.update(c, "INSERT INTO idempotency_keys (account_id, idem_key, request_hash, created_at) "
                        + "VALUES (?, ?, ?, ?) ON CONFLICT (account_id, idem_key) DO NOTHING",
                accountId, key, requestHash, now) == 1;
    }

    public void storeAnswer(Connection c, long accountId, String key, int status, String body) throws SQLException {
        Sql.update(c, "UPDATE idempotency_keys SET status = ?, response_body = ? WHERE account_id = ? AND idem_key = ?",
                status, body, accountId, key);
    }

    public Optional<KeyRow> find(Connection c, long accountId, String key) throws SQLException {
        return Sql.one(c, "SELECT request_hash, status, response_body FROM idempotency_keys WHERE account_id = ? AND idem_key = ?",
                rs -> new KeyRow(rs.getString(1), rs.getObject(2) == null ? null : rs.getInt(2), rs.getString(3)),
                accountId, key);
    }

    public int deleteOlderThan(Connection c, long before) throws SQLException {
        return Sql.update(c, "DELETE FROM idempotency_keys WHERE created_at < ?", before);
    }
}
