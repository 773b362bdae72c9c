package cn.huzhong.care.app.ui.a11y;

import java.util.Locale;

/** Text as a screen reader says it, and the small formatting helpers of the audit's messages. */
public final class Names {
    private Names() {
    }

    /**
     * What a screen reader can say of {@code text}: icon-font glyphs (Unicode private use area), control characters
     * and invisible format characters (the line-breaking glue U+FEFF, U+2060, U+200B, soft hyphens, bidi marks) are
     * removed, no-break spaces count as spaces, runs of whitespace collapse to one space, and the ends are trimmed.
     * {@code null} and anything that is not a String become "".
     */
    public static String clean(Object text) {
        if (!(text instanceof String s)) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (isSpace(cp)) {
                space = sb.length() > 0;
                continue;
            }
            if (type == Character.PRIVATE_USE || type == Character.CONTROL || type == Character.FORMAT) {
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    /** Whitespace, including the no-break spaces U+00A0, U+2007 and U+202F. */
    public static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /**
     * Whether {@code text} is an icon: at least one icon-font glyph (private use area) and nothing else but
     * whitespace and format characters. Such a Text is an image to a person and nothing to a screen reader.
     */
    public static boolean isIconText(String text) {
        if (text == null) {
            return false;
        }
        boolean glyph = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.PRIVATE_USE) {
                glyph = true;
            } else if (!isSpace(cp) && type != Character.FORMAT && type != Character.CONTROL) {
                return false;
            }
        }
        return glyph;
    }

    /** {@code “s”}, on one line and shortened: how messages quote a text. */
    public static String quote(String s) {
        return "“" + NodePaths.shorten(s) + "”";
    }

    /**
     * A contrast ratio as {@code 2.99:1}, cut (not rounded) to two decimals, so a ratio just under a threshold never
     * reads as the threshold itself.
     */
    public static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f:1", Math.floor(r * 100) / 100);
    }

    /** A length in px with at most one decimal, without a trailing ".0". */
    public static String px(double v) {
        return String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
    }
}
