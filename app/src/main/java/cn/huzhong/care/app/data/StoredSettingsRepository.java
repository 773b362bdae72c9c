package cn.huzhong.care.app.data;

import cn.huzhong.care.app.platform.Storage;
import cn.huzhong.care.core.api.Json;
import com.google.gson.JsonParseException;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Settings in the device's private storage ({@code settings.json}). */
public final class StoredSettingsRepository implements SettingsRepository {
    private static final Logger LOG = Logger.getLogger(StoredSettingsRepository.class.getName());
    static final String FILE = "settings.json";

    private final Storage storage;
    private final Executor io;
    private final List<Consumer<AppSettings>> listeners = new CopyOnWriteArrayList<>();
    private volatile AppSettings current;

    /** Reads the saved settings: blocking, so construct it off the FX thread. */
    public StoredSettingsRepository(Storage storage, Executor io) {
        this.storage = storage;
        this.io = io;
        AppSettings loaded = AppSettings.DEFAULTS;
        try {
            loaded = storage.read(FILE).map(s -> Json.gson().fromJson(s, AppSettings.class))
                    .map(s -> new AppSettings(s.lang(), s.textScale(), s.highContrast(), s.reducedMotion(),
                            s.serverAddress()))
                    .orElse(AppSettings.DEFAULTS);
        } catch (JsonParseException | IllegalStateException | java.io.UncheckedIOException e) {
            LOG.log(Level.WARNING, "ignoring damaged settings", e);
        }
        this.current = loaded;
    }

    @Override
    public AppSettings current() {
        return current;
    }

    @Override
    public void update(AppSettings settings) {
        if (settings.equals(current)) {
            return;
        }
        current = settings;
        String json = Json.gson().toJson(settings);
        io.execute(() -> {
            synchronized (storage) {
                storage.write(FILE, json);
            }
        });
        listeners.forEach(l -> l.accept(settings));
    }

    @Override
    public void addListener(Consumer<AppSettings> listener) {
        listeners.add(listener);
    }
}
