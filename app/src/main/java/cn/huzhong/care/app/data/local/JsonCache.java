package cn.huzhong.care.app.data.local;

import cn.huzhong.care.app.platform.Storage;
import cn.huzhong.care.core.api.Json;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.lang.reflect.Type;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last good copy of each piece of server data, kept on the device with the time it was received: what a screen
 * shows first, marked with its age. {@link #get} and {@link #put} block (repositories call them on their background
 * executor); the most recently used entries are also held in memory, where {@link #peek} finds them without any
 * I/O, so a screen opened again renders its data in the same frame. A damaged entry reads as missing, never as an
 * error.
 */
public final class JsonCache {
    private static final Logger LOG = Logger.getLogger(JsonCache.class.getName());
    public static final String PREFIX = "cache-";
    /** Entries held in memory: a few screens' worth. */
    private static final int IN_MEMORY = 64;

    private final Storage storage;
    private final Gson gson = Json.gson();
    private final Map<String, Entry<?>> memory = new LinkedHashMap<>(IN_MEMORY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry<?>> eldest) {
            return size() > IN_MEMORY;
        }
    };

    private long generation;

    public JsonCache(Storage storage) {
        this.storage = storage;
    }

    public record Entry<T>(T value, Instant savedAt) {
    }

    private static String file(String key) {
        return PREFIX + key + ".json";
    }

    /** Changes with every {@link #clear()}: what was read before a sign-out is not written back after it. */
    public long generation() {
        synchronized (memory) {
            return generation;
        }
    }

    public void put(String key, Object value, Instant savedAt) {
        put(key, value, savedAt, generation());
    }

    /**
     * Keeps {@code value}, unless the cache was cleared since {@code generation} (someone signed out while it was on
     * its way: it must not stay on the device for the next person).
     */
    public void put(String key, Object value, Instant savedAt, long generation) {
        JsonObject envelope = new JsonObject();
        envelope.addProperty("savedAt", savedAt.toString());
        envelope.add("data", gson.toJsonTree(value));
        String text = gson.toJson(envelope);
        synchronized (memory) {
            if (generation != this.generation) {
                return;
            }
            memory.put(key, new Entry<>(value, savedAt));
            // under the lock, so a clear() cannot come between the check and the write
            storage.write(file(key), text);
        }
    }

    /**
     * The entry if it is held in memory: no I/O, so safe on the FX thread. Empty says nothing about the device
     * ({@link #get} looks there). {@code T} must be the type the entry was put or read as.
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<Entry<T>> peek(String key) {
        synchronized (memory) {
            return Optional.ofNullable((Entry<T>) memory.get(key));
        }
    }

    public <T> Optional<Entry<T>> get(String key, Type type) {
        Optional<Entry<T>> held = peek(key);
        if (held.isPresent()) {
            return held;
        }
        try {
            Optional<String> text = storage.read(file(key));
            if (text.isEmpty()) {
                return Optional.empty();
            }
            JsonObject envelope = JsonParser.parseString(text.get()).getAsJsonObject();
            Instant savedAt = Instant.parse(envelope.get("savedAt").getAsString());
            JsonElement data = envelope.get("data");
            T value = gson.fromJson(data, type);
            if (value == null) {
                return Optional.empty();
            }
            Entry<T> entry = new Entry<>(value, savedAt);
            synchronized (memory) {
                memory.put(key, entry);
            }
            return Optional.of(entry);
        } catch (JsonParseException | IllegalStateException | NullPointerException
                 | java.time.format.DateTimeParseException | java.io.UncheckedIOException e) {
            LOG.log(Level.WARNING, "ignoring a damaged cache entry " + key, e);
            return Optional.empty();
        }
    }

    /** Forgets one entry. */
    public void remove(String key) {
        synchronized (memory) {
            memory.remove(key);
        }
        storage.delete(file(key));
    }

    /** Forgets everything (at sign-out: the next person on this device must not see it). */
    public void clear() {
        synchronized (memory) {
            generation++;
            memory.clear();
            storage.deleteAll(PREFIX);
        }
    }
}
