package cn.huzhong.care.app.data;

import cn.huzhong.care.app.platform.Storage;
import cn.huzhong.care.core.api.Json;

import java.util.OptionalDouble;

/**
 * On the first start only, the app's text size follows the phone's (Android's font scale, iOS's text size): a person
 * who made the phone's text larger finds the app's larger too. The phone's factor becomes the nearest size the app
 * offers ({@link AppSettings#TEXT_SCALES}: 1.15 → 125 %, 1.3 → 125 %, 1.5 → 150 %, 1.8 and above → 200 %; smaller
 * than normal stays 100 %). After that the app's own setting is the person's and is never changed from outside.
 */
public final class SystemTextSize {
    private SystemTextSize() {
    }

    /**
     * When no settings were saved yet, saves the defaults with the text size nearest to {@code systemScale}; returns
     * whether it did. Blocking (disk): call it before the settings are read, off the FX thread.
     */
    public static boolean applyOnFirstStart(Storage storage, OptionalDouble systemScale) {
        if (systemScale.isEmpty() || !Double.isFinite(systemScale.getAsDouble())
                || storage.read(StoredSettingsRepository.FILE).isPresent()) {
            return false;
        }
        double scale = Math.max(1.0, systemScale.getAsDouble());
        AppSettings first = AppSettings.DEFAULTS.withTextScale(scale);
        if (first.textScale() == AppSettings.DEFAULTS.textScale()) {
            return false;
        }
        storage.write(StoredSettingsRepository.FILE, Json.gson().toJson(first));
        return true;
    }
}
