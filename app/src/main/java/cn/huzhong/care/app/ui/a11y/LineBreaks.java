package cn.huzhong.care.app.ui.a11y;

import java.util.List;

/**
 * Line breaking for Chinese and English UI text as W3C's "Requirements for Chinese Text Layout" (clreq) and
 * DESIGN.md ask, made from what JavaFX's own line breaker does: {@link #protect} keeps times, dates, amounts, phone
 * and id numbers ({@link ProtectedTokens}) on one line and keeps punctuation on the right side of a break, and
 * {@link #shortLabel} keeps every word of a short label whole. Both only insert invisible characters (and turn the
 * spaces inside a token into no-break spaces); {@link #plain} takes them out again. Pure functions, any thread.
 *
 * <h2>How JavaFX breaks lines (measured with JavaFX 21 on JDK 17, the bundled Droid Sans Fallback, headless)</h2>
 * <ul>
 * <li>A wrapping {@code Text} (a Label with {@code wrapText}, a TextFlow) uses {@code java.text.BreakIterator
 * .getLineInstance()} (the JDK's rule-based line breaker, default locale) <em>only when the text contains an
 * ideograph</em> ({@code Character.isIdeographic}) or a complex script; otherwise it breaks only after whitespace
 * ({@code Character.isWhitespace}). In both cases, when no break opportunity fits on the line, it breaks at the first
 * character that does not fit: a token wider than the line is always cut, protected or not.</li>
 * <li>With Han text the JDK allows a break between any two Han characters (as clreq does), never before {@code ，。、：；？！}
 * and the closing brackets and quotes {@code ）》」』】”’} (Unicode Pe/Pf), never after the opening ones {@code （《「『【“‘}
 * (Ps/Pi) or a currency sign; but it <em>does</em> break after a colon between digits ("下午2:" / "00开始"), between
 * digits and Han ("2026" / "年", "12" / "月3日"), after a decimal point or comma inside an amount when the number
 * does not fit, before and after "/" ("80 元" / "/月"), before "…" and "·" ("——完" / "……"), and at every
 * space ("139" / "0000 0001").</li>
 * <li>{@link #WORD_JOINER U+2060 WORD JOINER} is <em>ignored</em> by the JDK breaker (a format character, transparent):
 * it does not prevent any break: "下午2", U+2060, ":", U+2060, "00" still breaks after the colon. Zero width, draws
 * nothing.</li>
 * <li>{@link #GLUE U+FEFF ZERO WIDTH NO-BREAK SPACE} is the JDK's zero-width glue: no break on either side of it
 * ("2", U+FEFF, ":", U+FEFF, "00" stays whole, and so does "打电话" with U+FEFF between its characters). Zero width,
 * draws nothing in the bundled font. This is the glue these helpers use.</li>
 * <li>U+00A0 NO-BREAK SPACE never breaks (not whitespace to JavaFX's simple breaker, non-breaking to the JDK); it is
 * 5.7 px wide at 18 px against 4.7 px for a space. U+202F NARROW NO-BREAK SPACE (3.6 px) and U+2007 FIGURE SPACE never
 * break either. {@link #protect} uses U+00A0, the closest in width to the space it replaces.</li>
 * <li>{@link #BREAK U+200B ZERO WIDTH SPACE} is zero width and is <em>not</em> a break opportunity for either breaker:
 * in text without Han it is not whitespace, and the JDK treats it as transparent ("Call", U+200B, "now" never breaks
 * at it). Between two Han characters there is a break opportunity anyway; a short label breaks at its U+200B only
 * because {@link #shortLabel} glues every other pair of characters.</li>
 * <li>When every break opportunity on a line is glued away and the glued run (a token with its punctuation) is wider
 * than the line, JavaFX cuts it where the line is full: protection cannot help there, only room can (the
 * {@link LineBreaksRule} reports it).</li>
 * </ul>
 * Screen readers do not speak U+FEFF or U+200B, and {@link Names#clean} removes them from accessible names; text
 * compared in tests should go through {@link #plain}.
 */
public final class LineBreaks {
    /** U+FEFF ZERO WIDTH NO-BREAK SPACE: the glue that JavaFX's line breaker honours. */
    public static final char GLUE = '\uFEFF';
    /** U+2060 WORD JOINER: ignored by JavaFX's line breaker (see the class comment); removed by {@link #plain}. */
    public static final char WORD_JOINER = '\u2060';
    /** U+200B ZERO WIDTH SPACE: where a short label may wrap. */
    public static final char BREAK = '\u200B';
    /** U+00A0 NO-BREAK SPACE: the spaces inside a protected token. */
    public static final char NO_BREAK_SPACE = '\u00A0';

    /**
     * Closing punctuation that may not start a line (clreq 行首禁则): Chinese and fullwidth commas, stops, colons,
     * semicolons, question and exclamation marks, closing brackets and quotes, ellipsis, middle dots, percent; and their
     * ASCII equivalents.
     */
    public static final String CLOSING = "，。、；：？！）］｝》〉」』】〕〗〙〛”’…‥·・％．｡､,.;:?!)]}%";
    /** Opening punctuation that may not end a line (clreq 行尾禁则): opening brackets and quotes, and ASCII ones. */
    public static final String OPENING = "（［｛《〈「『【〔〖〘〚“‘([{";

    private LineBreaks() {
    }

    /**
     * {@code text} with every {@link ProtectedTokens protected token} made unbreakable (the spaces inside it become
     * U+00A0, and U+FEFF joins its other characters), a U+FEFF before each closing punctuation mark that follows a
     * non-space and after each opening one that precedes a non-space. Chinese may still break between any two Han
     * characters and after punctuation. Existing U+FEFF and U+2060 are dropped first, so protecting twice changes
     * nothing. {@code null} stays null.
     */
    public static String protect(String text) {
        if (text == null) {
            return null;
        }
        String plain = strip(text, false);
        List<ProtectedTokens.Token> tokens = ProtectedTokens.find(plain);
        StringBuilder sb = new StringBuilder(plain.length() + 16);
        int t = 0;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            while (t < tokens.size() && tokens.get(t).end() <= i) {
                t++;
            }
            boolean inToken = t < tokens.size() && tokens.get(t).start() < i && i < tokens.get(t).end();
            char prev = i > 0 ? plain.charAt(i - 1) : ' ';
            if (inToken && Names.isSpace(c)) {
                sb.append(NO_BREAK_SPACE);
                continue;
            }
            boolean glueBefore = i > 0 && !Names.isSpace(prev) && !Names.isSpace(c) && prev != BREAK && c != BREAK
                    && (inToken || CLOSING.indexOf(c) >= 0 || OPENING.indexOf(prev) >= 0);
            if (glueBefore && !Character.isLowSurrogate(c)) {
                sb.append(GLUE);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * {@code text} for a short label (a button, a tile or tab title, a person's name; style class
     * {@code hz-short}): {@link #protect protected}, and every word glued whole, so it wraps only at a space or at a
     * U+200B the author put between words ("预约", U+200B, "服务"), or not at all. When a word is wider than the label,
     * JavaFX still cuts it: give the label the room its longest word needs.
     */
    public static String shortLabel(String text) {
        String p = protect(text);
        if (p == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(p.length() * 2);
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (i > 0 && sb.length() > 0) {
                char prev = sb.charAt(sb.length() - 1);
                boolean joinable = !Names.isSpace(prev) && !Names.isSpace(c) && prev != BREAK && c != BREAK
                        && prev != GLUE && c != GLUE && !Character.isLowSurrogate(c);
                if (joinable) {
                    sb.append(GLUE);
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * The text as written: the glue (U+FEFF, U+2060) and U+200B removed, no-break spaces (U+00A0, U+202F, U+2007)
     * turned back into spaces. {@code plain(protect(s))} equals {@code s} for text with plain spaces.
     */
    public static String plain(String text) {
        return text == null ? null : strip(text, true);
    }

    private static String strip(String text, boolean all) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == GLUE || c == WORD_JOINER || all && c == BREAK) {
                continue;
            }
            sb.append(all && (c == NO_BREAK_SPACE || c == '\u202F' || c == '\u2007') ? ' ' : c);
        }
        return sb.toString();
    }
}
