package cn.huzhong.care.app.data;

import java.util.function.Consumer;

/** The person's settings, persisted on the device; changes are announced so they apply live. */
public interface SettingsRepository {
    AppSettings current();

    /** Applies at once (listeners hear it on the calling thread) and is written to the device in the background. */
    void update(AppSettings settings);

    void addListener(Consumer<AppSettings> listener);
}
