package cn.huzhong.care.server.db;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQLite start skips Flyway only when there is certainly nothing to do. */
class DatabaseStartTest {
    @Test
    void newestMigration_isFoundOnTheClassPath() {
        Integer newest = Database.newestMigration();
        assertNotNull(newest);
        assertTrue(newest >= 9, "V9 is the newest this branch knows: " + newest);
    }

    @Test
    void upToDate_onlyWhenEveryMigrationIsAppliedAndNothingFailed() throws Exception {
        Path dir = Files.createTempDirectory("huzhong-db-start");
        String url = "jdbc:sqlite:" + dir.resolve("x.db");
        try (Database db = Database.open(url, null, null)) {
            assertTrue(Database.upToDate(db.dataSource()), "freshly migrated");
        }
        try (Database db = Database.open(url, null, null)) {
            assertTrue(db.ping(), "a second start on the migrated file (the fast path)");
            long none = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM sign_in_throttle"));
            assertEquals(0L, none, "the schema is there");
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("UPDATE flyway_schema_history SET success = 0 WHERE version = '1'");
        }
        try (Database db = Database.open(url, null, null)) {
            throw new AssertionError("a failed migration in the history must go through Flyway, which refuses it");
        } catch (RuntimeException expected) {
            assertTrue(String.valueOf(expected.getMessage()).toLowerCase().contains("fail"), expected.getMessage());
        }
        // a file migrated by a branch that numbered its migration ahead (V9) before an older number (V3) existed: the
        // newest is applied, V3 is not; Flyway must see it (and refuses it loudly) instead of a silent fast path
        String skipped = "jdbc:sqlite:" + dir.resolve("skipped.db");
        try (Database db = Database.open(skipped, null, null)) {
            assertTrue(Database.upToDate(db.dataSource()));
        }
        try (Connection c = DriverManager.getConnection(skipped); Statement s = c.createStatement()) {
            s.execute("DELETE FROM flyway_schema_history WHERE version = '3'");
        }
        assertFalse(Database.upToDate(new org.sqlite.SQLiteDataSource() {
            {
                setUrl(skipped);
            }
        }), "an older migration missing: not up to date, though the newest is applied");
        String empty = "jdbc:sqlite:" + dir.resolve("empty.db");
        try (Connection c = DriverManager.getConnection(empty)) {
            assertFalse(Database.upToDate(new org.sqlite.SQLiteDataSource() {
                {
                    setUrl(empty);
                }
            }), "no history table: not up to date");
        }
    }
}
