package cn.huzhong.care.server.volunteers;

import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.db.Sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Volunteers' profiles (the towns they serve, the kinds of help they offer), with their accounts and hours. */
public final class VolunteerRepository {

    /** A volunteer: account, profile, and the total minutes of their completed tasks. */
    public record VolunteerRow(long accountId, String name, String phone, AccountStatus status, String statusReason,
                               List<Town> towns, List<HelpKind> kinds, long registeredAt, Long verifiedAt,
                               long minutesCompleted, int tasksCompleted) {
        public boolean serves(Town t) {
            return towns.contains(t);
        }
    }

    private static final String SELECT = "SELECT a.id, a.display_name, a.phone, a.status, a.status_reason, p.help_kinds, "
            + "p.registered_at, p.verified_at, "
            + "(SELECT COALESCE(SUM(t.minutes), 0) FROM help_tasks t WHERE t.volunteer_account_id = a.id "
            + "AND t.status = 'COMPLETED') AS minutes_done, "
            + "(SELECT COUNT(*) FROM help_tasks t WHERE t.volunteer_account_id = a.id AND t.status = 'COMPLETED') AS tasks_done "
            + "FROM accounts a JOIN volunteer_profiles p ON p.account_id = a.id ";

    private static VolunteerRow map(ResultSet rs, List<Town> towns) throws SQLException {
        String kinds = rs.getString("help_kinds");
        return new VolunteerRow(rs.getLong("id"), rs.getString("display_name"), rs.getString("phone"),
                AccountStatus.valueOf(rs.getString("status")), rs.getString("status_reason"), towns,
                kinds == null || kinds.isEmpty() ? List.of() : Arrays.stream(kinds.split(",")).map(HelpKind::valueOf).toList(),
                rs.getLong("registered_at"), Sql.getLong(rs, "verified_at"), rs.getLong("minutes_done"),
                rs.getInt("tasks_done"));
    }

    public List<Town> towns(Connection c, long accountId) throws SQLException {
        return Sql.list(c, "SELECT town FROM volunteer_towns WHERE account_id = ?", rs -> Town.valueOf(rs.getString(1)),
                accountId).stream().sorted().toList();
    }

    public Optional<VolunteerRow> byId(Connection c, long accountId) throws SQLException {
        List<Town> towns = towns(c, accountId);
        return Sql.one(c, SELECT + "WHERE a.id = ? AND a.role = 'VOLUNTEER'", rs -> map(rs, towns), accountId);
    }

    /** Volunteers by status who serve {@code town} (null = any town), oldest registration first. */
    public List<VolunteerRow> list(Connection c, AccountStatus status, Town town, int limit, int offset) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(status, town, params);
        params.add(limit);
        params.add(offset);
        List<Long> ids = Sql.list(c, "SELECT a.id FROM accounts a JOIN volunteer_profiles p ON p.account_id = a.id" + where
                + " ORDER BY p.registered_at, a.id LIMIT ? OFFSET ?", rs -> rs.getLong(1), params.toArray());
        List<VolunteerRow> out = new ArrayList<>();
        for (long id : ids) {
            byId(c, id).ifPresent(out::add);
        }
        return out;
    }

    public long count(Connection c, AccountStatus status, Town town) throws SQLException {
        List<Object> params = new ArrayList<>();
        return Sql.count(c, "SELECT COUNT(*) FROM accounts a JOIN volunteer_profiles p ON p.account_id = a.id"
                + where(status, town, params), params.toArray());
    }

    private static String where(AccountStatus status, Town town, List<Object> params) {
        List<String> parts = new ArrayList<>(List.of("a.role = 'VOLUNTEER'"));
        if (status != null) {
            parts.add("a.status = ?");
            params.add(status);
        }
        if (town != null) {
            parts.add("EXISTS (SELECT 1 FROM volunteer_towns v WHERE v.account_id = a.id AND v.town = ?)");
            params.add(town);
        }
        return " WHERE " + String.join(" AND ", parts);
    }

    public void insertProfile(Connection c, long accountId, List<Town> towns, List<HelpKind> kinds, long now)
            throws SQLException {
        Sql.update(c, "INSERT INTO volunteer_profiles (account_id, help_kinds, registered_at) VALUES (?, ?, ?)",
                accountId, String.join(",", kinds.stream().map(Enum::name).toList()), now);
        for (Town t : towns) {
            Sql.update(c, "INSERT INTO volunteer_towns (account_id, town) VALUES (?, ?)", accountId, t);
        }
    }

    public void markVerified(Connection c, long accountId, long by, long now) throws SQLException {
        Sql.update(c, "UPDATE volunteer_profiles SET verified_by = ?, verified_at = ? WHERE account_id = ?", by, now, accountId);
    }

    /** The average rating of the volunteer's rated tasks and how many there are. */
    public record Ratings(Double average, int count) {
    }

    public Ratings ratings(Connection c, long accountId) throws SQLException {
        return Sql.one(c, "SELECT AVG(rating), COUNT(rating) FROM help_tasks WHERE volunteer_account_id = ? "
                        + "AND rating IS NOT NULL",
                rs -> {
                    double avg = rs.getDouble(1);
                    boolean none = rs.wasNull();
                    return new Ratings(none ? null : Math.round(avg * 10) / 10.0, rs.getInt(2));
                }, accountId).orElse(new Ratings(null, 0));
    }
}
