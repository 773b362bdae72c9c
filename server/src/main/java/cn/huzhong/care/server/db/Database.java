package cn.huzhong.care.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * The connection pool and the two ways to use it: {@link #read} (autocommit, never blocks writers) and
 * {@link #tx} (one transaction; on SQLite it starts as {@code BEGIN IMMEDIATE}, so writers queue instead of
 * failing on lock upgrade).
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Dialect dialect;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /** Opens the pool and brings the schema up to date. */
    public static Database open(String jdbcUrl, String user, String password) {
        Dialect dialect = Dialect.of(jdbcUrl);
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(jdbcUrl);
        cfg.setPoolName("huzhong-" + dialect.name().toLowerCase());
        if (user != null && !user.isBlank()) {
            cfg.setUsername(user);
        }
        if (password != null && !password.isBlank()) {
            cfg.setPassword(password);
        }
        if (dialect == Dialect.SQLITE) {
            // pragmas as data-source properties: connectionInitSql would run only the first statement
            cfg.addDataSourceProperty("journal_mode", "WAL");
            cfg.addDataSourceProperty("synchronous", "FULL");
            cfg.addDataSourceProperty("foreign_keys", "true");
            cfg.addDataSourceProperty("busy_timeout", "15000");
            cfg.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            cfg.setMaximumPoolSize(8);
        } else {
            cfg.setMaximumPoolSize(16);
        }
        cfg.setConnectionTimeout(15_000);
        HikariDataSource ds = new HikariDataSource(cfg);
        try {
            migrate(ds, dialect);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds, dialect);
    }

    private static void migrate(DataSource ds, Dialect dialect) {
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .placeholders(Map.of("id_pk", dialect.idColumn()))
                .load()
                .migrate();
    }

    public Dialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Work in one transaction: committed when {@code work} returns, rolled back when it throws. */
    public <T> T tx(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (Throwable e) {
                try {
                    c.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** Reads outside a transaction (each statement sees committed data). */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** Can the database answer? Used by {@code /health}. */
    public boolean ping() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }
}
