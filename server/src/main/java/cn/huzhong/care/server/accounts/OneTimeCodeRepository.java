package cn.huzhong.care.server.accounts;

import cn.huzhong.care.server.db.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** One-time codes for setting a password: one live code per account, stored only as a hash. */
public final class OneTimeCodeRepository {

    /** A live code's hash, what it is for, until when, and how many wrong tries it has had. */
    public record CodeRow(String codeHash, String purpose, long expiresAt, int failedAttempts) {
    }

    /** Replaces any earlier code of the account. */
    public void replace(Connection c, long accountId, String codeHash, String purpose, long issuedBy, long now,
                        long expiresAt) throws SQLException {
        Sql.update(c, "DELETE FROM one_time_codes WHERE account_id = ?", accountId);
        Sql.update(c, "INSERT INTO one_time_codes (account_id, code_hash, purpose, issued_by, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", accountId, codeHash, purpose, issuedBy, now, expiresAt);
    }

    public Optional<CodeRow> find(Connection c, long accountId) throws SQLException {
        return Sql.one(c, "SELECT code_hash, purpose, expires_at, failed_attempts FROM one_time_codes WHERE account_id = ?",
                rs -> new CodeRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4)), accountId);
    }

    /** Counts a wrong try atomically; returns the tries so far. */
    public int countFailure(Connection c, long accountId) throws SQLException {
        return Sql.one(c, "UPDATE one_time_codes SET failed_attempts = failed_attempts + 1 WHERE account_id = ? "
                + "RETURNING failed_attempts", rs -> rs.getInt(1), accountId).orElse(0);
    }

    /** Uses up (or voids) the account's code; true when there was one. */
    public boolean delete(Connection c, long accountId) throws SQLException {
        return Sql.update(c, "DELETE FROM one_time_codes WHERE account_id = ?", accountId) == 1;
    }

    /** Removes codes past their time. */
    public int deleteExpired(Connection c, long now) throws SQLException {
        return Sql.update(c, "DELETE FROM one_time_codes WHERE expires_at <= ?", now);
    }
}
