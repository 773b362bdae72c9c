package cn.huzhong.care.app.platform;

import java.util.Optional;

/**
 * The device's private storage for small named text files (settings, the session, cached data). Writes are
 * atomic: a reader sees the old content or the new, never half of it. Blocking: call it off the FX thread.
 */
public interface Storage {
    Optional<String> read(String name);

    void write(String name, String content);

    void delete(String name);

    /** Deletes every file whose name starts with {@code prefix}. */
    void deleteAll(String prefix);

    /** Where this storage keeps its files (the embedded server puts its database beside them). */
    java.nio.file.Path directory();
}
