package cn.huzhong.care.server.db;

import java.sql.Connection;
import java.sql.SQLException;

/** Key-value facts about the database itself (such as "the demo district is seeded"). */
public final class MetaRepository {
    /** Claims {@code key}; false when it was claimed before. Concurrent claims: exactly one wins. */
    public boolean claim(Connection c, String key, String value) throws SQLException {
        return Sql.update(c, "INSERT INTO meta (meta_key, meta_value) VALUES (?, ?) ON CONFLICT (meta_key) DO NOTHING",
                key, value) == 1;
    }
}
