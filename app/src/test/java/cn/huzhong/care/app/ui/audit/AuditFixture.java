package cn.huzhong.care.app.ui.audit;

import cn.huzhong.care.app.ui.DisplayMode;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Shows fixture screens headless (Monocle) in the registered primary stage, styled for a {@link DisplayMode}
 * the way the app is: the bundled CJK font, a root font size of 18 px × text scale with every size in em, a
 * black/white high-contrast palette, control borders and focus rings with 3:1 against the page (#74777f outlines, a
 * #0b57d0 focus colour) and a filled primary action, as DESIGN.md asks of the kit. JavaFX's own Modena theme is underneath (the fixtures do not depend on the
 * app's theme, which is built elsewhere).
 */
public final class AuditFixture {
    /** A phone-sized screen, px (smaller than Monocle's headless 1280 × 800 screen, which a window may not exceed). */
    public static final double WIDTH = 420;
    public static final double HEIGHT = 760;

    private static Stage stage;

    private AuditFixture() {
    }

    private static synchronized Stage stage() throws TimeoutException, IOException {
        if (stage == null) {
            stage = FxToolkit.registerPrimaryStage();
            try (InputStream in = AuditFixture.class.getResourceAsStream("/cn/huzhong/care/app/ui/fonts/DroidSansFallbackFull.ttf")) {
                if (in == null || Font.loadFont(in, DisplayMode.BASE_FONT_PX) == null) {
                    throw new IOException("cannot load the bundled CJK font");
                }
            }
        }
        return stage;
    }

    /** Shows {@code content} (built on the FX thread) in a {@link #WIDTH} × {@link #HEIGHT} scene for {@code mode}. */
    public static Scene show(DisplayMode mode, Supplier<? extends Parent> content) {
        return show(mode, WIDTH, HEIGHT, content);
    }

    public static Scene show(DisplayMode mode, double width, double height, Supplier<? extends Parent> content) {
        try {
            Stage s = stage();
            Scene scene = onFx(() -> {
                Parent root = content.get();
                Scene sc = new Scene(root, width, height);
                sc.getStylesheets().add(dataUri(css(mode)));
                s.setScene(sc);
                s.sizeToScene();
                s.show();
                root.applyCss();
                root.layout();
                return sc;
            });
            WaitForAsyncUtils.waitForFxEvents();
            return scene;
        } catch (TimeoutException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code action} on the FX thread, waits, and returns its result. */
    public static <T> T onFx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void runFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** The fixture style sheet for {@code mode}: sizes in em from the root font size. */
    static String css(DisplayMode mode) {
        String root = String.format(Locale.ROOT,
                ".root { -fx-font-family: \"Droid Sans Fallback\"; -fx-font-size: %.1fpx; }%n", mode.fontPx());
        String sizes = """
                .button, .toggle-button, .check-box, .radio-button, .text-field, .password-field,
                .combo-box-base, .choice-box, .spinner, .slider {
                    -fx-min-height: 2.8em; -fx-min-width: 2.8em;
                }
                .hyperlink { -fx-min-height: 2.8em; -fx-padding: 0.2em 0.5em; }
                .list-cell { -fx-cell-size: 2.8em; }
                .hz-primary, .hz-tile { -fx-min-height: 3.5em; -fx-min-width: 3.5em; }
                .hz-field-error { -fx-text-fill: #b3261e; }
                .hyperlink, .hyperlink:visited { -fx-text-fill: #0b57d0; }
                .root { -fx-text-box-border: #74777f; -fx-outer-border: #74777f; -fx-focus-color: #0b57d0; }
                .button.hz-primary { -fx-background-color: #0b57d0; -fx-text-fill: #ffffff; }
                .button.hz-primary:focused {
                    -fx-background-color: #1b1b1f, #0b57d0; -fx-background-insets: 0, 3;
                }
                """;
        String contrast = !mode.highContrast() ? "" : """
                .root {
                    -fx-base: #000000; -fx-background: #000000; -fx-control-inner-background: #000000;
                    -fx-control-inner-background-alt: #000000; -fx-accent: #ffd60a; -fx-focus-color: #ffd60a;
                    -fx-faint-focus-color: transparent; -fx-selection-bar: #ffd60a; -fx-selection-bar-text: #000000;
                }
                .hz-field-error { -fx-text-fill: #ff9e99; }
                .hyperlink, .hyperlink:visited { -fx-text-fill: #ffd60a; }
                .root { -fx-text-box-border: #ffffff; -fx-outer-border: #ffffff; }
                .ikonli-font-icon { -fx-icon-color: #ffffff; }
                .button.hz-primary { -fx-background-color: #ffd60a; -fx-text-fill: #000000; }
                .button.hz-primary:focused {
                    -fx-background-color: #ffffff, #ffd60a; -fx-background-insets: 0, 3;
                }
                """;
        return root + sizes + contrast;
    }

    /** A style sheet as a data URI, for {@code Parent.getStylesheets()}. */
    static String dataUri(String css) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
