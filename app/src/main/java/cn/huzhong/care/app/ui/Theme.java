package cn.huzhong.care.app.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Applies a {@link DisplayMode} to a scene: AtlantaFX Primer Light underneath, {@code app.css} above it, the
 * high-contrast theme as the {@code hz-hc} root class, and the text size as the root font size (18 px × scale;
 * every other size is in em, so the whole interface scales).
 */
public final class Theme {
    public static final String FONT_FAMILY = "Droid Sans Fallback";
    public static final String HIGH_CONTRAST = "hz-hc";
    public static final String REDUCED_MOTION = "hz-reduced-motion";
    /** Root style class at 150 % text and above: titles and headings grow less, so lines and bars keep their room. */
    public static final String LARGE_TEXT = "hz-large";
    private static final String FONT = "/cn/huzhong/care/app/ui/fonts/DroidSansFallbackFull.ttf";
    private static final String CSS = Theme.class.getResource("app.css").toExternalForm();
    private static volatile boolean fontLoaded;

    private Theme() {
    }

    /** Loads the bundled CJK font (without it JavaFX draws boxes for Chinese) and the base theme. Once. */
    public static synchronized void install() {
        if (!fontLoaded) {
            try (InputStream in = Theme.class.getResourceAsStream(FONT)) {
                if (in == null || Font.loadFont(in, DisplayMode.BASE_FONT_PX) == null) {
                    throw new IllegalStateException("cannot load the bundled font " + FONT);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fontLoaded = true;
        }
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void apply(Scene scene, DisplayMode mode) {
        if (!scene.getStylesheets().contains(CSS)) {
            scene.getStylesheets().add(CSS);
        }
        apply(scene.getRoot(), mode);
    }

    public static void apply(Parent root, DisplayMode mode) {
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx; -fx-font-family: \"%s\";",
                mode.fontPx(), FONT_FAMILY));
        toggle(root, HIGH_CONTRAST, mode.highContrast());
        toggle(root, REDUCED_MOTION, mode.reducedMotion());
        toggle(root, LARGE_TEXT, mode.textScale() >= 1.5);
    }

    private static void toggle(Parent root, String styleClass, boolean on) {
        root.getStyleClass().remove(styleClass);
        if (on) {
            root.getStyleClass().add(styleClass);
        }
    }
}
