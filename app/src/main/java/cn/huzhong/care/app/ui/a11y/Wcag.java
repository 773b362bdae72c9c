package cn.huzhong.care.app.ui.a11y;

import javafx.scene.paint.Color;

import java.util.Locale;

/** WCAG 2.2 colour arithmetic: relative luminance, contrast ratio, and alpha compositing of sRGB colours. */
public final class Wcag {
    private Wcag() {
    }

    /** Relative luminance of an opaque sRGB colour (WCAG 2.2, "relative luminance"); alpha is ignored. */
    public static double relativeLuminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        // WCAG 2.2 text says 0.04045 (the sRGB standard's value; the older 0.03928 differs only below 1/255)
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** Contrast ratio (L1 + 0.05) / (L2 + 0.05) of two opaque colours, from 1 to 21, order-independent. */
    public static double contrastRatio(Color a, Color b) {
        double la = relativeLuminance(a);
        double lb = relativeLuminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** {@code top} (with its alpha times {@code opacity}) painted over the opaque colour {@code bottom}. */
    public static Color over(Color top, double opacity, Color bottom) {
        double a = clamp(top.getOpacity() * opacity);
        return Color.color(
                top.getRed() * a + bottom.getRed() * (1 - a),
                top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    /** {@code #rrggbb} (with {@code aa} appended when not opaque). */
    public static String hex(Color c) {
        String rgb = String.format(Locale.ROOT, "#%02x%02x%02x",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
        return c.getOpacity() >= 1 ? rgb : rgb + String.format(Locale.ROOT, "%02x", Math.round(c.getOpacity() * 255));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
