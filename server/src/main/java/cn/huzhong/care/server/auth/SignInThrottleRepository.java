package cn.huzhong.care.server.auth;

import cn.huzhong.care.server.db.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The sign-in slowdown's state per phone number (by hash): failures in the current window, next allowed attempt. */
public final class SignInThrottleRepository {

    /** When the next attempt for this number is allowed (epoch ms), if the number is being slowed down. */
    public Optional<Long> nextAttemptAt(Connection c, String phoneHash) throws SQLException {
        return Sql.one(c, "SELECT next_attempt_at FROM sign_in_throttle WHERE phone_hash = ?", rs -> rs.getLong(1),
                phoneHash);
    }

    /**
     * Counts one failure atomically (a failure older than {@code windowStart} starts a new window) and returns the
     * failures in the window, this one included.
     */
    public int countFailure(Connection c, String phoneHash, long now, long windowStart) throws SQLException {
        return Sql.one(c, "INSERT INTO sign_in_throttle (phone_hash, failures, window_start, next_attempt_at) "
                        + "VALUES (?, 1, ?, ?) ON CONFLICT (phone_hash) DO UPDATE SET "
                        + "failures = CASE WHEN sign_in_throttle.window_start < ? THEN 1 ELSE sign_in_throttle.failures + 1 END, "
                        + "window_start = CASE WHEN sign_in_throttle.window_start < ? THEN ? ELSE sign_in_throttle.window_start END "
                        + "RETURNING failures",
                rs -> rs.getInt(1), phoneHash, now, now, windowStart, windowStart, now).orElse(1);
    }

    public void setNextAttempt(Connection c, String phoneHash, long nextAttemptAt) throws SQLException {
        Sql.update(c, "UPDATE sign_in_throttle SET next_attempt_at = ? WHERE phone_hash = ?", nextAttemptAt, phoneHash);
    }

    public void clear(Connection c, String phoneHash) throws SQLException {
        Sql.update(c, "DELETE FROM sign_in_throttle WHERE phone_hash = ?", phoneHash);
    }

    /** Removes the slowdowns whose window started before {@code windowStart} and whose wait is over. */
    public int deleteStale(Connection c, long windowStart, long now) throws SQLException {
        return Sql.update(c, "DELETE FROM sign_in_throttle WHERE window_start < ? AND next_attempt_at <= ?", windowStart, now);
    }
}
