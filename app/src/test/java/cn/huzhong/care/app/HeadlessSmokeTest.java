package cn.huzhong.care.app;

import javafx.scene.control.Label;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class HeadlessSmokeTest {
    @Test
    void toolkit_startsHeadless_andLoadsTheCjkFont() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (InputStream in = getClass().getResourceAsStream("/cn/huzhong/care/app/ui/fonts/DroidSansFallbackFull.ttf")) {
            Font f = Font.loadFont(in, 18);
            assertNotNull(f);
            assertEquals("Droid Sans Fallback", f.getFamily());
        }
        FxToolkit.setupFixture(() -> assertEquals("呼中助残", new Label("呼中助残").getText()));
    }
}
