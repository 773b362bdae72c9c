package cn.huzhong.care.app.ui;

import cn.huzhong.care.core.i18n.Lang;

/**
 * How the app is displayed: language, text size (1.0 = 100 % … 2.0 = 200 %), high contrast, reduced motion.
 * The accessibility audit runs every screen in {@link #AUDIT_MODES}.
 */
public record DisplayMode(Lang lang, double textScale, boolean highContrast, boolean reducedMotion) {
    public static final DisplayMode DEFAULT = new DisplayMode(Lang.ZH, 1.0, false, false);
    public static final DisplayMode LARGE_TEXT = new DisplayMode(Lang.ZH, 2.0, false, false);
    public static final DisplayMode HIGH_CONTRAST = new DisplayMode(Lang.ZH, 1.0, true, false);
    public static final DisplayMode ENGLISH = new DisplayMode(Lang.EN, 1.0, false, false);
    public static final java.util.List<DisplayMode> AUDIT_MODES = java.util.List.of(DEFAULT, LARGE_TEXT, HIGH_CONTRAST, ENGLISH);

    /** The text sizes offered in settings. */
    public static final double[] TEXT_SCALES = {1.0, 1.25, 1.5, 2.0};

    /** Base font size in px at 100 %: body text is 18 px (MIIT elder-mode main text ≥ 18 dp). */
    public static final double BASE_FONT_PX = 18.0;

    public double fontPx() {
        return BASE_FONT_PX * textScale;
    }

    public String id() {
        return lang.name().toLowerCase() + "-" + Math.round(textScale * 100) + (highContrast ? "-hc" : "");
    }
}
