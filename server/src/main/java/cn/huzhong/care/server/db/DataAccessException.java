package cn.huzhong.care.server.db;

import java.sql.SQLException;

/** A database failure the caller cannot fix by changing the request. Answered as 500 (or 503). */
public final class DataAccessException extends RuntimeException {
    public DataAccessException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public SQLException sqlException() {
        return (SQLException) getCause();
    }

    /** True for a unique or primary-key violation (SQLite and PostgreSQL). */
    public static boolean isUniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                if ("23505".equals(s.getSQLState())) {
                    return true; // PostgreSQL unique_violation
                }
                String m = String.valueOf(s.getMessage());
                if (m.contains("SQLITE_CONSTRAINT_UNIQUE") || m.contains("SQLITE_CONSTRAINT_PRIMARYKEY")) {
                    return true;
                }
            }
        }
        return false;
    }
}
