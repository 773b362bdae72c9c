package cn.huzhong.care.server.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which database the API tests run on: SQLite files by default; PostgreSQL when {@code HUZHONG_TEST_PG_URL}
 * (with {@code HUZHONG_TEST_PG_USER}, {@code HUZHONG_TEST_PG_PASSWORD}) is set, as CI does in its second run.
 * On PostgreSQL every test server gets a fresh schema, so tests never see each other's data.
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabases() {
    }

    public static boolean postgres() {
        String url = System.getenv("HUZHONG_TEST_PG_URL");
        return url != null && !url.isBlank();
    }

    public record Db(String url, String user, String password) {
    }

    /** A fresh, empty database for one test server. */
    public static Db fresh(Path dir) {
        if (!postgres()) {
            return new Db("jdbc:sqlite:" + dir.resolve("huzhong-care.db"), null, null);
        }
        String url = System.getenv("HUZHONG_TEST_PG_URL");
        String user = System.getenv("HUZHONG_TEST_PG_USER");
        String password = System.getenv("HUZHONG_TEST_PG_PASSWORD");
        String schema = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet() + "_"
                + Long.toString(System.nanoTime() & 0xffffff, 36);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema on " + url, e);
        }
        return new Db(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
    }
}
