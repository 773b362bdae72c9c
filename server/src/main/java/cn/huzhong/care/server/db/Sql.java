package cn.huzhong.care.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small JDBC helpers: parameters bound in order, rows mapped by a lambda. SQL stays visible in repositories. */
public final class Sql {
    private Sql() {
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
        }
    }

    public static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
        }
    }

    public static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    /** Runs an {@code INSERT ... RETURNING id} (SQLite ≥ 3.35 and PostgreSQL) and returns the new id. */
    public static long insert(Connection c, String sql, Object... params) throws SQLException {
        String withReturning = sql.contains("RETURNING") ? sql : sql + " RETURNING id";
        try (PreparedStatement ps = prepare(c, withReturning, params); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("insert returned no id: " + sql);
            }
            return rs.getLong(1);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else if (p instanceof Enum<?> e) {
                    ps.setString(i + 1, e.name());
                } else if (p instanceof Boolean b) {
                    ps.setBoolean(i + 1, b);
                } else if (p instanceof java.time.LocalDate d) {
                    ps.setString(i + 1, d.toString());
                } else if (p instanceof java.time.YearMonth m) {
                    ps.setString(i + 1, m.toString());
                } else {
                    ps.setObject(i + 1, p);
                }
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    /** A nullable long column. */
    public static Long getLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static java.time.LocalDate getDate(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : java.time.LocalDate.parse(v);
    }
}
