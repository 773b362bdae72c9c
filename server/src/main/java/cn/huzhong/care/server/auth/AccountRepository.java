package cn.huzhong.care.server.auth;

import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.StaffScope;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.db.Sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Counts one failed sign-in atomically (a failure older than {@code windowStart} starts a new count) and
     * returns the failures in the current window.
     */
    public int countFailure(Connection c, long accountId, long windowStart, long now) throws SQLException {
        return Sql.one(c, "UPDATE accounts SET "
                        + "failed_sign_ins = CASE WHEN first_failure_at IS NULL OR first_failure_at < ? THEN 1 "
                        + "ELSE failed_sign_ins + 1 END, "
                        + "first_failure_at = CASE WHEN first_failure_at IS NULL OR first_failure_at < ? THEN ? "
                        + "ELSE first_failure_at END "
                        + "WHERE id = ? RETURNING failed_sign_ins",
                rs -> rs.getInt(1), windowStart, windowStart, now, accountId).orElse(0);
    }

    /** Locks sign-in until {@code until} and starts counting afresh. */
    public void lock(Connection c, long accountId, long until) throws SQLException {
        Sql.update(c, "UPDATE accounts SET locked_until = ?, failed_sign_ins = 0, first_failure_at = NULL WHERE id = ?",
                until, accountId);
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

    // ---- account management ----

    /** An account as staff manage it. */
    public record AccountRecord(long id, Role role, String displayName, String phone, AccountStatus status, Town town,
                                StaffScope staffScope, Long residentId, String statusReason, long createdAt) {
    }

    private static final String RECORD_COLUMNS = "a.id, a.role, a.display_name, a.phone, a.status, a.town, a.staff_scope, "
            + "a.resident_id, a.status_reason, a.created_at";

    static AccountRecord record(ResultSet rs) throws SQLException {
        String town = rs.getString("town");
        String scope = rs.getString("staff_scope");
        return new AccountRecord(rs.getLong("id"), Role.valueOf(rs.getString("role")), rs.getString("display_name"),
                rs.getString("phone"), AccountStatus.valueOf(rs.getString("status")),
                town == null ? null : Town.valueOf(town), scope == null ? null : StaffScope.valueOf(scope),
                Sql.getLong(rs, "resident_id"), rs.getString("status_reason"), rs.getLong("created_at"));
    }

    public Optional<AccountRecord> byId(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT " + RECORD_COLUMNS + " FROM accounts a WHERE a.id = ?", AccountRepository::record, id);
    }

    public Optional<AccountRecord> byResident(Connection c, long residentId) throws SQLException {
        return Sql.one(c, "SELECT " + RECORD_COLUMNS + " FROM accounts a WHERE a.resident_id = ?", AccountRepository::record,
                residentId);
    }

    public Optional<String> passwordHash(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT password_hash FROM accounts WHERE id = ?", rs -> rs.getString(1), id);
    }

    public boolean phoneTaken(Connection c, String phone) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM accounts WHERE phone = ?", phone) > 0;
    }

    /** Accounts for staff lists: by role and status, in one town (null = all), names starting with a prefix. */
    public List<AccountRecord> list(Connection c, Role role, AccountStatus status, Town town, String namePrefix, int limit,
                                    int offset) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(role, status, town, namePrefix, params);
        params.add(limit);
        params.add(offset);
        return Sql.list(c, "SELECT " + RECORD_COLUMNS + " FROM accounts a" + where + " ORDER BY a.created_at, a.id LIMIT ? OFFSET ?",
                AccountRepository::record, params.toArray());
    }

    public long count(Connection c, Role role, AccountStatus status, Town town, String namePrefix) throws SQLException {
        List<Object> params = new ArrayList<>();
        return Sql.count(c, "SELECT COUNT(*) FROM accounts a" + where(role, status, town, namePrefix, params), params.toArray());
    }

    private static String where(Role role, AccountStatus status, Town town, String namePrefix, List<Object> params) {
        List<String> parts = new ArrayList<>();
        if (role != null) {
            parts.add("a.role = ?");
            params.add(role);
        }
        if (status != null) {
            parts.add("a.status = ?");
            params.add(status);
        }
        if (town != null) {
            parts.add("a.town = ?");
            params.add(town);
        }
        if (namePrefix != null) {
            parts.add("a.display_name >= ? AND a.display_name < ?");
            params.add(namePrefix);
            params.add(namePrefix + "\uffff");
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    /**
     * Moves the account from {@code from} to {@code to} with the reason, only if it is still at {@code from}; false
     * when it changed meanwhile.
     */
    public boolean setStatus(Connection c, long id, AccountStatus from, AccountStatus to, String reason, long by, long now)
            throws SQLException {
        return Sql.update(c, "UPDATE accounts SET status = ?, status_reason = ?, status_changed_at = ?, status_changed_by = ? "
                + "WHERE id = ? AND status = ?", to, reason, now, by, id, from) == 1;
    }

    public void setPassword(Connection c, long id, String hash, long now) throws SQLException {
        Sql.update(c, "UPDATE accounts SET password_hash = ?, password_changed_at = ?, failed_sign_ins = 0, "
                + "first_failure_at = NULL, locked_until = NULL WHERE id = ?", hash, now, id);
    }

    public void setDisplayName(Connection c, long id, String name) throws SQLException {
        Sql.update(c, "UPDATE accounts SET display_name = ? WHERE id = ?", name, id);
    }

    /** Ends every session of the account; returns how many there were. */
    public int deleteSessions(Connection c, long accountId) throws SQLException {
        return Sql.update(c, "DELETE FROM sessions WHERE account_id = ?", accountId);
    }

    /** Ends every session of the account but the one with {@code keepTokenHash}. */
    public int deleteOtherSessions(Connection c, long accountId, String keepTokenHash) throws SQLException {
        return Sql.update(c, "DELETE FROM sessions WHERE account_id = ? AND token_hash <> ?", accountId, keepTokenHash);
    }

    public long countSessions(Connection c, long accountId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM sessions WHERE account_id = ?", accountId);
    }
}
