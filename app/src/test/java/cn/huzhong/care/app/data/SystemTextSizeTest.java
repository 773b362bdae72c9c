package cn.huzhong.care.app.data;

import cn.huzhong.care.app.platform.InMemoryStorage;
import cn.huzhong.care.core.api.Json;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SystemTextSizeTest {
    static final Executor NOW = Runnable::run;

    private static double firstStart(double systemScale) {
        InMemoryStorage storage = new InMemoryStorage();
        SystemTextSize.applyOnFirstStart(storage, OptionalDouble.of(systemScale));
        return new StoredSettingsRepository(storage, NOW).current().textScale();
    }

    @Test
    void firstStart_takesThePhonesTextSize_asTheNearestTheAppOffers() {
        assertEquals(1.0, firstStart(0.85), "smaller than normal stays 100 %");
        assertEquals(1.0, firstStart(1.0));
        assertEquals(1.25, firstStart(1.15), "Android's 'large'");
        assertEquals(1.25, firstStart(1.3));
        assertEquals(1.5, firstStart(1.5));
        assertEquals(2.0, firstStart(1.8));
        assertEquals(2.0, firstStart(2.0));
        assertEquals(2.0, firstStart(3.1), "iOS's largest accessibility size");
    }

    @Test
    void laterStarts_keepThePersonsOwnChoice() {
        InMemoryStorage storage = new InMemoryStorage();
        storage.write(StoredSettingsRepository.FILE, Json.gson().toJson(AppSettings.DEFAULTS.withTextScale(1.5)));
        assertFalse(SystemTextSize.applyOnFirstStart(storage, OptionalDouble.of(2.0)));
        assertEquals(1.5, new StoredSettingsRepository(storage, NOW).current().textScale());
    }

    @Test
    void noSystemSize_orNormal_writesNothing() {
        InMemoryStorage storage = new InMemoryStorage();
        assertFalse(SystemTextSize.applyOnFirstStart(storage, OptionalDouble.empty()));
        assertFalse(SystemTextSize.applyOnFirstStart(storage, OptionalDouble.of(1.0)));
        assertTrue(storage.read(StoredSettingsRepository.FILE).isEmpty(), "the first start still shows as first");
        assertTrue(SystemTextSize.applyOnFirstStart(storage, OptionalDouble.of(1.3)));
    }
}
