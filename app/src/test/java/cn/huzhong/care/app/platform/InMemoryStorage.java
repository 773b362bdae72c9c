package cn.huzhong.care.app.platform;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Storage in a map, for tests that need no disk. */
public final class InMemoryStorage implements Storage {
    private final Map<String, String> files = new ConcurrentHashMap<>();

    @Override
    public Optional<String> read(String name) {
        return Optional.ofNullable(files.get(name));
    }

    @Override
    public void write(String name, String content) {
        files.put(name, content);
    }

    @Override
    public void delete(String name) {
        files.remove(name);
    }

    @Override
    public void deleteAll(String prefix) {
        files.keySet().removeIf(k -> k.startsWith(prefix));
    }

    @Override
    public Path directory() {
        return Path.of(System.getProperty("java.io.tmpdir"), "huzhong-in-memory");
    }

    public Map<String, String> files() {
        return Map.copyOf(files);
    }
}
