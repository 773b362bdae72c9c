package cn.huzhong.care.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Small JDBC helpers: parameters bound in order, rows mapped by a lambda. SQL stays visible in repositories.
 *
 * <p>On SQLite each connection keeps its prepared statements, one per SQL text: the driver compiles a statement on
 * every {@code prepareStatement}, which cost more than running the indexed lookups themselves (the benchmark's
 * profile). PostgreSQL's driver keeps server-side prepared statements by itself.
 */
public final class Sql {
    private static final java.util.Map<Connection, java.util.Map<String, Cached>> SQLITE_STATEMENTS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** A kept statement; busy while one use has it (a query nested in a row mapper then prepares its own). */
    private static final class Cached {
        final PreparedStatement ps;
        boolean busy;

        Cached(PreparedStatement ps) {
            this.ps = ps;
        }
    }

    private Sql() {
    }

    /** A statement for one use: closed afterwards, or kept (parameters cleared) when it is a cached one. */
    private record Stmt(PreparedStatement ps, Cached cached) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            if (cached == null) {
                ps.close();
                return;
            }
            try {
                ps.clearParameters();
            } finally {
                cached.busy = false;
            }
        }
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (Stmt st = prepare(c, sql, params); ResultSet rs = st.ps().executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
        }
    }

    public static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (Stmt st = prepare(c, sql, params); ResultSet rs = st.ps().executeQuery()) {
            return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
        }
    }

    public static long count(Connection c, String sql, Object... params) throws SQLException {
        try (Stmt st = prepare(c, sql, params); ResultSet rs = st.ps().executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (Stmt st = prepare(c, sql, params)) {
            return st.ps().executeUpdate();
        }
    }

    /** Runs an {@code INSERT ... RETURNING id} (SQLite ≥ 3.35 and PostgreSQL) and returns the new id. */
    public static long insert(Connection c, String sql, Object... params) throws SQLException {
        String withReturning = sql.contains("RETURNING") ? sql : sql + " RETURNING id";
        try (Stmt st = prepare(c, withReturning, params); ResultSet rs = st.ps().executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("insert returned no id: " + sql);
            }
            return rs.getLong(1);
        }
    }

    private static Stmt prepare(Connection c, String sql, Object... params) throws SQLException {
        Stmt st = statement(c, sql);
        PreparedStatement ps = st.ps();
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
            return st;
        } catch (SQLException | RuntimeException e) {
            ps.close(); // a kept one is prepared again next time (isClosed)
            if (st.cached() != null) {
                st.cached().busy = false;
            }
            throw e;
        }
    }

    private static Stmt statement(Connection c, String sql) throws SQLException {
        if (!c.isWrapperFor(org.sqlite.SQLiteConnection.class)) {
            return new Stmt(c.prepareStatement(sql), null);
        }
        Connection raw = c.unwrap(org.sqlite.SQLiteConnection.class);
        java.util.Map<String, Cached> cache = SQLITE_STATEMENTS.computeIfAbsent(raw, k -> new java.util.HashMap<>());
        Cached kept = cache.get(sql);
        if (kept != null && !kept.busy && !kept.ps.isClosed()) {
            kept.busy = true;
            return new Stmt(kept.ps, kept);
        }
        PreparedStatement ps = raw.prepareStatement(sql);
        // SQL is written in code, but a runaway IN (?, ?, …) list must not grow the cache forever
        if ((kept == null || kept.ps.isClosed()) && cache.size() < 500) {
            Cached fresh = new Cached(ps);
            fresh.busy = true;
            cache.put(sql, fresh);
            return new Stmt(ps, fresh);
        }
        return new Stmt(ps, null);
    }

    /** A nullable long column. */
    public static Long getLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static java.time.LocalDate getDate(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : date(v);
    }

    /** {@code yyyy-MM-dd} as stored, read without the general ISO parser (a hot path: dates in every list). */
    static java.time.LocalDate date(String v) {
        if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            int y = digits(v, 0, 4);
            int m = digits(v, 5, 7);
            int d = digits(v, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return java.time.LocalDate.of(y, m, d);
            }
        }
        return java.time.LocalDate.parse(v);
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }
}
