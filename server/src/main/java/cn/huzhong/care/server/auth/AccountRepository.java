package cn.huzhong.care.server.auth;

import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.StaffScope;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.db.Sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Accounts, their sign-in throttling state, and sessions. */
public final class AccountRepository {

    /** An account row with what sign-in needs. */
    public record AccountRow(Principal principal, String passwordHash, int failedSignIns, Long firstFailureAt,
                             Long lockedUntil) {
        @Override
        public String toString() {
            return "AccountRow[principal=" + principal + ", passwordHash=***, failedSignIns=" + failedSignIns + "]";
        }

    }

    private static final String PRINCIPAL_COLUMNS =
            "a.id, a.role, a.display_name, a.phone, a.status, a.town, a.staff_scope, a.resident_id";

    private static Principal principal(ResultSet rs) throws SQLException {
        String town = rs.getString("town");
        String scope = rs.getString("staff_scope");
        return new Principal(rs.getLong("id"), Role.valueOf(rs.getString("role")), rs.getString("display_name"),
                rs.getString("phone"), AccountStatus.valueOf(rs.getString("status")),
                town == null ? null : Town.valueOf(town), scope == null ? null : StaffScope.valueOf(scope),
                Sql.getLong(rs, "resident_id"));
    }

    public Optional<AccountRow> byPhone(Connection c, String phone) throws SQLException {
        return Sql.one(c, "SELECT " + PRINCIPAL_COLUMNS + ", a.password_hash, a.failed_sign_ins, a.first_failure_at, "
                        + "a.locked_until FROM accounts a WHERE a.phone = ?",
                rs -> new AccountRow(principal(rs), rs.getString("password_hash"), rs.getInt("failed_sign_ins"),
                        Sql.getLong(rs, "first_failure_at"), Sql.getLong(rs, "locked_until")),
                phone);
    }

    /** The principal of a live session. */
    public Optional<Principal> bySessionHash(Connection c, String tokenHash, long now) throws SQLException {
        return Sql.one(c, "SELECT " + PRINCIPAL_COLUMNS + " FROM sessions s JOIN accounts a ON a.id = s.account_id "
                + "WHERE s.token_hash = ? AND s.expires_at > ?", AccountRepository::principal, tokenHash, now);
    }

    public void recordFailure(Connection c, long accountId, int failed, long firstFailureAt, Long lockedUntil)
            throws SQLException {
        Sql.update(c, "UPDATE accounts SET failed_sign_ins = ?, first_failure_at = ?, locked_until = ? WHERE id = ?",
                failed, firstFailureAt, lockedUntil, accountId);
    }

    public void clearFailures(Connection c, long accountId) throws SQLException {
        Sql.update(c, "UPDATE accounts SET failed_sign_ins = 0, first_failure_at = NULL, locked_until = NULL "
                + "WHERE id = ? AND (failed_sign_ins <> 0 OR locked_until IS NOT NULL)", accountId);
    }

    /** A staff member's public work number, what residents see as their contact (not the sign-in mobile). */
    public void setWorkPhone(Connection c, long accountId, String workPhone) throws SQLException {
        Sql.update(c, "UPDATE accounts SET work_phone = ? WHERE id = ?", workPhone, accountId);
    }

    public void insertSession(Connection c, String tokenHash, long accountId, long now, long expiresAt) throws SQLException {
        Sql.update(c, "INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                tokenHash, accountId, now, expiresAt);
    }

    public int deleteSession(Connection c, String tokenHash) throws SQLException {
        return Sql.update(c, "DELETE FROM sessions WHERE token_hash = ?", tokenHash);
    }

    public int deleteExpiredSessions(Connection c, long now) throws SQLException {
        return Sql.update(c, "DELETE FROM sessions WHERE expires_at <= ?", now);
    }

    public long insert(Connection c, String phone, String passwordHash, Role role, String displayName,
                       AccountStatus status, Town town, StaffScope scope, Long residentId, long now) throws SQLException {
        return Sql.insert(c, "INSERT INTO accounts (phone, password_hash, role, display_name, status, town, staff_scope, "
                        + "resident_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                phone, passwordHash, role, displayName, status, town, scope, residentId, now);
    }
}
