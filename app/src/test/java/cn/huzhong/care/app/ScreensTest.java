package cn.huzhong.care.app;

import cn.huzhong.care.app.shell.AppShell;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.ui.DisplayMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every screen of the app, in each of the four audit modes (default, 200 % text, high contrast, English), against
 * the embedded server with demo data: each ends with the accessibility audit. In the three picture modes it also
 * saves a PNG under {@code assets/screenshots/}.
 */
class ScreensTest {
    @TempDir
    static Path dataDir;
    static AppHarness app;

    private static final List<DisplayMode> PICTURE_MODES =
            List.of(DisplayMode.DEFAULT, DisplayMode.LARGE_TEXT, DisplayMode.HIGH_CONTRAST);

    @BeforeAll
    static void start() {
        app = AppHarness.start(dataDir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private void check(String screen, DisplayMode mode) {
        if (PICTURE_MODES.contains(mode)) {
            app.screenshot(screen);
        }
        if (mode.equals(DisplayMode.DEFAULT)) {
            app.screenshotFull(screen);
        }
        app.assertAccessible(screen);
    }

    static List<DisplayMode> modes() {
        return DisplayMode.AUDIT_MODES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void everyScreen_passesTheAudit(DisplayMode mode) {
        {
            app.applyMode(mode);
            app.resetTo(new Destination.SignIn());
            check("01-sign-in", mode);

            app.signIn("13900000002", "wrong-password");
            app.waitUntil("the wrong-password error", () -> app.has("signin-password-error"));
            check("02-sign-in-error", mode);

            app.signInAndWaitForHome("13900000001");
            check("03-home", mode);

            app.go(new Destination.Subsidies());
            check("04-subsidies", mode);
            // the oldest application: one being paid, with payments to chart
            String firstRow = AppHarness.fx(() -> app.scene().getRoot().lookupAll(".hz-row").stream()
                    .map(n -> n.getId()).filter(id -> id != null && id.startsWith("subsidy-row-")).reduce((a, b) -> b).orElseThrow());
            app.tap(firstRow);
            check("05-subsidy-detail", mode);

            app.go(new Destination.BenefitFinder());
            check("06-benefit-finder", mode);
            String apply = AppHarness.fx(() -> app.scene().getRoot().lookupAll(".button").stream()
                    .map(n -> n.getId()).filter(id -> id != null && id.startsWith("finder-apply-")).findFirst().orElseThrow());
            app.tap(apply);
            check("07-benefit-finder-confirm", mode);

            app.go(new Destination.Certificate());
            check("08-certificate", mode);
            app.tap("certificate-toggle");
            check("09-certificate-revealed", mode);

            app.go(new Destination.Hotlines());
            check("10-hotlines", mode);
            app.tap("hotline-call-12385");
            assertTrue(app.has(AppShell.ID_CALL_PANEL));
            check("11-hotline-call", mode);
            app.tap(AppShell.ID_CALL_CLOSE);

            app.go(new Destination.ComingSoon(Destination.Feature.REQUEST));
            check("12-coming-soon", mode);

            app.go(new Destination.Settings());
            check("13-settings", mode);

            app.resetTo(new Destination.SignIn());
            app.onFx(() -> app.app().sessions().signOut());
            app.settle();
            app.signInAndWaitForHome("13900000101");
            assertTrue(app.has(AppShell.ID_ACTING_FOR));
            check("14-home-carer", mode);
            app.onFx(() -> app.app().sessions().signOut());
            app.settle();
        }
    }
}
