package cn.huzhong.care.server.idempotency;

import cn.huzhong.care.core.validation.ValidationException;
import cn.huzhong.care.core.validation.Violation;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.db.Sql;
import cn.huzhong.care.server.errors.ConflictException;
import cn.huzhong.care.server.errors.IdempotencyKeyReusedException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * {@code Idempotency-Key}: a retried POST returns the first result and changes nothing. The key is claimed in
 * the same transaction as the work and the response is stored there too, so either both are committed or
 * neither is. Two concurrent requests with one key: the database makes the second wait for the first
 * (PostgreSQL row lock on the key, SQLite's single writer), then it finds the stored response.
 */
public final class Idempotency {
    public static final int MAX_KEY_LENGTH = 100;

    /** A response as first sent: status and JSON body. */
    public record Stored(int status, String body, boolean replayed) {
    }

    /** The key and the request it came with. */
    public record Request(long accountId, String key, String fingerprint) {
        /** Validates the header: 1–100 visible ASCII characters. Null when no key was sent. */
        public static Request of(long accountId, String key, String fingerprint) {
            if (key == null) {
                return null;
            }
            if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(ch -> ch > 32 && ch < 127)) {
                throw new ValidationException(new Violation("Idempotency-Key", "idempotencyKey", MAX_KEY_LENGTH));
            }
            return new Request(accountId, key, fingerprint);
        }
    }

    @FunctionalInterface
    public interface Work {
        Stored run(Connection c) throws SQLException;
    }

    private final Database db;

    public Idempotency(Database db) {
        this.db = db;
    }

    /** Runs {@code work} once per key; without a key, simply in a transaction. */
    public Stored run(Request request, long now, Work work) {
        if (request == null) {
            return db.tx(work::run);
        }
        return db.tx(c -> {
            int claimed = Sql.update(c, "INSERT INTO idempotency_keys (account_id, idem_key, request_hash, created_at) "
                            + "VALUES (?, ?, ?, ?) ON CONFLICT (account_id, idem_key) DO NOTHING",
                    request.accountId(), request.key(), request.fingerprint(), now);
            if (claimed == 0) {
                return replay(c, request);
            }
            Stored result = work.run(c);
            Sql.update(c, "UPDATE idempotency_keys SET status = ?, response_body = ? WHERE account_id = ? AND idem_key = ?",
                    result.status(), result.body(), request.accountId(), request.key());
            return result;
        });
    }

    private static Stored replay(Connection c, Request request) throws SQLException {
        record Row(String hash, Integer status, String body) {
        }
        Optional<Row> row = Sql.one(c, "SELECT request_hash, status, response_body FROM idempotency_keys "
                        + "WHERE account_id = ? AND idem_key = ?",
                rs -> new Row(rs.getString(1), (Integer) rs.getObject(2) == null ? null : rs.getInt(2), rs.getString(3)),
                request.accountId(), request.key());
        if (row.isEmpty() || row.get().status() == null) {
            throw new ConflictException("problem.idempotencyInFlight.detail");
        }
        if (!row.get().hash().equals(request.fingerprint())) {
            throw new IdempotencyKeyReusedException();
        }
        return new Stored(row.get().status(), row.get().body(), true);
    }
}
