package cn.huzhong.care.server.idempotency;

import cn.huzhong.care.core.validation.ValidationException;
import cn.huzhong.care.core.validation.Violation;
import cn.huzhong.care.server.db.Database;
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
    private final IdempotencyRepository keys;

    public Idempotency(Database db, IdempotencyRepository keys) {
        this.db = db;
        this.keys = keys;
    }

    /** Runs {@code work} once per key; without a key, simply in a transaction. */
    public Stored run(Request request, long now, Work work) {
        if (request == null) {
            return db.tx(work::run);
        }
        return db.tx(c -> {
            if (!keys.claim(c, request.accountId(), request.key(), request.fingerprint(), now)) {
                return replay(c, request);
            }
            Stored result = work.run(c);
            keys.storeAnswer(c, request.accountId(), request.key(), result.status(), result.body());
            return result;
        });
    }

    private Stored replay(Connection c, Request request) throws SQLException {
        Optional<IdempotencyRepository.KeyRow> row = keys.find(c, request.accountId(), request.key());
        if (row.isEmpty() || row.get().status() == null) {
            throw new ConflictException("problem.idempotencyInFlight.detail");
        }
        if (!row.get().requestHash().equals(request.fingerprint())) {
            throw new IdempotencyKeyReusedException();
        }
        return new Stored(row.get().status(), row.get().body(), true);
    }
}
