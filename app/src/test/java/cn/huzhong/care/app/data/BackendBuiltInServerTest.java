package cn.huzhong.care.app.data;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A phone has no embedded server: the server its build names stands in until the person sets another. */
class BackendBuiltInServerTest {
    static final URI BUILT_IN = URI.create("https://care.example.cn");

    @Test
    void noAddressSet_noEmbeddedServer_theBuiltInOne() {
        // no data directory: nothing embedded can start, as on a phone
        try (Backend b = new Backend(null, BUILT_IN)) {
            b.configure(AppSettings.DEFAULTS);
            assertEquals(BUILT_IN, b.baseUri());
            assertFalse(b.demoMode());
        }
    }

    @Test
    void addressSet_winsOverTheBuiltInOne_andClearingItGoesBack() {
        try (Backend b = new Backend(null, BUILT_IN)) {
            b.configure(AppSettings.DEFAULTS.withServerAddress("https://test.example.cn/"));
            assertEquals(URI.create("https://test.example.cn"), b.baseUri());
            b.configure(AppSettings.DEFAULTS);
            assertEquals(BUILT_IN, b.baseUri());
        }
    }

    @Test
    void noBuiltInOne_noAddress_noServer() {
        try (Backend b = new Backend(null)) {
            b.configure(AppSettings.DEFAULTS);
            assertNull(b.baseUri());
        }
    }
}
