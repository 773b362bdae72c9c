package cn.huzhong.care.app.data;

import cn.huzhong.care.app.platform.InMemoryStorage;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoredSettingsRepositoryTest {
    final InMemoryStorage storage = new InMemoryStorage();

    @Test
    void update_isAnnounced_andReadBackByTheNextStart() {
        StoredSettingsRepository repo = new StoredSettingsRepository(storage, Runnable::run);
        List<AppSettings> heard = new ArrayList<>();
        repo.addListener(heard::add);
        AppSettings chosen = new AppSettings(Lang.EN, 2.0, true, true, "https://care.example.cn");
        repo.update(chosen);
        assertEquals(List.of(chosen), heard);
        assertEquals(chosen, new StoredSettingsRepository(storage, Runnable::run).current());
    }

    @Test
    void damagedOrMissingFile_givesTheDefaults() {
        assertEquals(AppSettings.DEFAULTS, new StoredSettingsRepository(storage, Runnable::run).current());
        storage.write(StoredSettingsRepository.FILE, "{\"lang\":");
        assertEquals(AppSettings.DEFAULTS, new StoredSettingsRepository(storage, Runnable::run).current());
    }

    @Test
    void oddTextScale_snapsToAnOfferedSize() {
        storage.write(StoredSettingsRepository.FILE, "{\"lang\":\"EN\",\"textScale\":1.7,\"highContrast\":false,"
                + "\"reducedMotion\":false,\"serverAddress\":\"\"}");
        assertEquals(1.5, new StoredSettingsRepository(storage, Runnable::run).current().textScale());
    }
}
