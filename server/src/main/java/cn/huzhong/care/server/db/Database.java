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
    /**
     * SQLite has one writer at a time. Writers of this process take turns here, in order of arrival, instead of
     * each polling SQLite's lock with its busy handler (which sleeps up to 100 ms between tries and favours no one):
     * the benchmark's writes had a p99 of one to two seconds that way. Other processes still meet busy_timeout.
     */
    private final java.util.concurrent.locks.ReentrantLock sqliteWriter = new java.util.concurrent.locks.ReentrantLock(true);

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
            // reads through memory-mapped pages instead of a system call per page, and a bigger page cache per
            // connection (SQLite's default is 2 MB): at a million residents this made the main reads a third cheaper
            // (bench/RESULTS.md). Both are limits, not allocations: a small database uses what it needs.
            cfg.addDataSourceProperty("mmap_size", Long.toString(0x7fff0000L));
            cfg.addDataSourceProperty("cache_size", "-16000");
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
        if (dialect == Dialect.SQLITE && upToDate(ds)) {
            return; // the embedded default starts on every app start: Flyway's set-up alone costs a third of a second
        }
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .placeholders(Map.of("id_pk", dialect.idColumn()))
                .load()
                .migrate();
    }

    /**
     * True when every migration on the class path is applied, successfully, and none failed: then there is nothing
     * for Flyway to do. Every version is compared, not only the newest: a file migrated by a branch whose numbers
     * skipped ahead (issue 9's V9 before issue 8's V3 existed) has the newest applied and an older one missing.
     * Anything else (a new or missing file, a failed run, no history yet) goes through Flyway, which also validates.
     * PostgreSQL (production) always goes through Flyway.
     */
    static boolean upToDate(DataSource ds) {
        java.util.Set<Integer> onClassPath = migrations();
        if (onClassPath == null || onClassPath.isEmpty()) {
            return false;
        }
        try (Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history "
                     + "WHERE version IS NOT NULL")) {
            java.util.Set<Integer> applied = new java.util.HashSet<>();
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                applied.add(Integer.parseInt(rs.getString(1)));
            }
            return applied.equals(onClassPath);
        } catch (SQLException | RuntimeException e) {
            return false; // no history table yet, or versions that are not whole numbers
        }
    }

    /** The highest V&lt;n&gt;__….sql under db/migration on the class path; null if unknown. */
    static Integer newestMigration() {
        java.util.Set<Integer> all = migrations();
        return all == null || all.isEmpty() ? null : java.util.Collections.max(all);
    }

    /** The versions of the V&lt;n&gt;__….sql under db/migration on the class path (in a jar or a directory); null if unknown. */
    static java.util.Set<Integer> migrations() {
        try {
            java.util.Set<Integer> versions = new java.util.TreeSet<>();
            java.util.Enumeration<java.net.URL> dirs = Database.class.getClassLoader().getResources("db/migration");
            java.util.regex.Pattern name = java.util.regex.Pattern.compile("(?:^|/)V(\\d+)__[^/]*\\.sql$");
            while (dirs.hasMoreElements()) {
                java.net.URL url = dirs.nextElement();
                java.util.List<String> names = new java.util.ArrayList<>();
                if (url.getProtocol().equals("jar")) {
                    java.net.JarURLConnection jar = (java.net.JarURLConnection) url.openConnection();
                    jar.setUseCaches(false);
                    try (java.util.jar.JarFile file = jar.getJarFile()) {
                        file.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.startsWith("db/migration/")).forEach(names::add);
                    }
                } else if (url.getProtocol().equals("file")) {
                    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of(url.toURI()))) {
                        files.map(p -> p.getFileName().toString()).forEach(names::add);
                    }
                } else {
                    return null;
                }
                for (String n : names) {
                    java.util.regex.Matcher m = name.matcher(n);
                    if (m.find()) {
                        versions.add(Integer.parseInt(m.group(1)));
                    }
                }
            }
            return versions;
        } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Work in one transaction: committed when {@code work} returns, rolled back when it throws. */
    public <T> T tx(SqlWork<T> work) {
        boolean queue = dialect == Dialect.SQLITE;
        if (queue) {
            sqliteWriter.lock();
        }
        try {
            return inTransaction(work);
        } finally {
            if (queue) {
                sqliteWriter.unlock();
            }
        }
    }

    private <T> T inTransaction(SqlWork<T> work) {
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
