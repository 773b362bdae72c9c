package cn.huzhong.care.server.support;

import cn.huzhong.care.server.db.Database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The content of every table, as one digest per table: two fingerprints differ exactly when some row was added,
 * removed or changed. For "a rejected request changes nothing". Left out: the migration history and the sign-in
 * slowdown (a wrong password is meant to count).
 */
public final class DbFingerprint {
    private static final Set<String> IGNORED = Set.of("flyway_schema_history", "sqlite_sequence", "sign_in_throttle");

    private DbFingerprint() {
    }

    public static Map<String, String> of(Database db) {
        return db.read(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            for (String table : tables(c)) {
                out.put(table, digest(c, table));
            }
            return out;
        });
    }

    private static List<String> tables(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = md.getTables(null, c.getSchema(), "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!IGNORED.contains(name) && !name.startsWith("sqlite_")) {
                    names.add(name);
                }
            }
        }
        names.sort(null);
        return names;
    }

    /** Order-independent: the sum of the rows' own digests, with the row count. */
    private static String digest(Connection c, String table) throws SQLException {
        long sum = 0;
        long rows = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            StringBuilder row = new StringBuilder();
            while (rs.next()) {
                row.setLength(0);
                for (int i = 1; i <= n; i++) {
                    row.append(rs.getString(i)).append('\u0001');
                }
                sum += hash(row.toString());
                rows++;
            }
        }
        return rows + ":" + Long.toHexString(sum);
    }

    private static long hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (d[i] & 0xff);
            }
            return v;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables whose content differs, for a failure message. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> out = new ArrayList<>();
        for (String t : after.keySet()) {
            if (!after.get(t).equals(before.get(t))) {
                out.add(t);
            }
        }
        return out;
    }
}
