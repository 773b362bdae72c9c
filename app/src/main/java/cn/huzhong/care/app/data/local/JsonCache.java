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
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last good copy of each piece of server data, kept on the device with the time it was received, so screens
 * can show it offline marked with its age. Blocking: repositories call it on their background executor.
 * A damaged entry reads as missing, never as an error.
 */
public final class JsonCache {
    private static final Logger LOG = Logger.getLogger(JsonCache.class.getName());
    public static final String PREFIX = "cache-";

    private final Storage storage;
    private final Gson gson = Json.gson();

    public JsonCache(Storage storage) {
        this.storage = storage;
    }

    public record Entry<T>(T value, Instant savedAt) {
    }

    private static String file(String key) {
        return PREFIX + key + ".json";
    }

    public void put(String key, Object value, Instant savedAt) {
        JsonObject envelope = new JsonObject();
        envelope.addProperty("savedAt", savedAt.toString());
        envelope.add("data", gson.toJsonTree(value));
        storage.write(file(key), gson.toJson(envelope));
    }

    public <T> Optional<Entry<T>> get(String key, Type type) {
        try {
            Optional<String> text = storage.read(file(key));
            if (text.isEmpty()) {
                return Optional.empty();
            }
            JsonObject envelope = JsonParser.parseString(text.get()).getAsJsonObject();
            Instant savedAt = Instant.parse(envelope.get("savedAt").getAsString());
            JsonElement data = envelope.get("data");
            T value = gson.fromJson(data, type);
            return value == null ? Optional.empty() : Optional.of(new Entry<>(value, savedAt));
        } catch (JsonParseException | IllegalStateException | NullPointerException
                 | java.time.format.DateTimeParseException | java.io.UncheckedIOException e) {
            LOG.log(Level.WARNING, "ignoring a damaged cache entry " + key, e);
            return Optional.empty();
        }
    }

    /** Forgets everything (at sign-out: the next person on this device must not see it). */
    public void clear() {
        storage.deleteAll(PREFIX);
    }
}
