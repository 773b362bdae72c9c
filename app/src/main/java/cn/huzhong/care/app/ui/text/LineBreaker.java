package cn.huzhong.care.app.ui.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import cn.huzhong.care.app.ui.a11y.LineBreaks;
import cn.huzhong.care.app.ui.a11y.ProtectedTokens;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a line of text breaks, after the W3C's "Requirements for Chinese Text Layout" (clreq), decided here once for
 * the whole app because JavaFX's own line breaker breaks before and after every Han character whatever the text
 * says (U+2060 and U+FEFF do not glue Han characters in it) and also inside times ("14:" / "00").
 * <ul>
 * <li>Running Chinese may break between any two Han characters.</li>
 * <li>Protected tokens never break inside: times and time spans with their 上午/下午 ("下午2:00–2:45", "9:00 am"),
 * dates with their weekday ("2026年12月3日（周四）", "12月3日", "2026-12-03", "3 December"), amounts with their
 * currency or unit ("¥1,800.00", "80 元/月", "3 天"), percentages, phone and certificate numbers (digit runs, with
 * or without spaces), and Latin words.</li>
 * <li>No line starts with closing punctuation (，。、；：？！）》」』… and their ASCII twins) and none ends with opening
 * punctuation (（《「『…): they stay with their neighbour.</li>
 * <li>Short labels (button words, tile and tab names, names of people) break only at a space or U+200B, which the
 * text marks, or not at all.</li>
 * </ul>
 * A unit wider than the whole line is the only thing broken inside (so nothing is ever cut off); the audit reports
 * it when it was a protected token. Plain Java: {@link #wrap} takes the width measure as a function, so it is
 * tested without a toolkit.
 */
public final class LineBreaker {
    /** Marks where a short label may break ("预约康复\u200B和辅具适配"); never shown. */
    public static final char BREAK_HERE = '\u200B';

    /** Latin words and other runs of letters and digits: broken only at spaces, like any English text. */
    private static final Pattern WORD = Pattern.compile("[0-9A-Za-z][0-9A-Za-z@._'’\\-/:+]*");

    private LineBreaker() {
    }

    /** The text cut into pieces that never break inside; spaces and forced line ends ("\n") are pieces of their own. */
    public static List<String> units(String text, boolean shortLabel) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        if (shortLabel) {
            StringBuilder cur = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == BREAK_HERE || c == '\n') {
                    if (cur.length() > 0) {
                        out.add(cur.toString());
                        cur.setLength(0);
                    }
                    if (c != BREAK_HERE) {
                        out.add(String.valueOf(c));
                    }
                } else {
                    cur.append(c);
                }
            }
            if (cur.length() > 0) {
                out.add(cur.toString());
            }
            return out;
        }
        // the protected tokens are the audit's (one definition of what never breaks), words are runs of letters
        java.util.TreeMap<Integer, Integer> tokens = new java.util.TreeMap<>();
        for (ProtectedTokens.Token t : ProtectedTokens.find(text)) {
            tokens.put(t.start(), t.end());
        }
        Matcher m = WORD.matcher(text);
        int i = 0;
        while (i < text.length()) {
            Integer end = tokens.get(i);
            if (end == null && m.find(i) && m.start() == i) {
                end = m.end();
            }
            if (end != null && end > i) {
                out.add(text.substring(i, end));
                i = end;
                continue;
            }
            char c = text.charAt(i);
            if (c == BREAK_HERE) {
                i++;
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                out.add(text.substring(i, i + 2));
                i += 2;
                continue;
            }
            out.add(String.valueOf(c));
            i++;
        }
        // closing punctuation stays with what comes before it, opening punctuation with what comes after it
        List<String> glued = new ArrayList<>();
        for (String u : out) {
            boolean closing = u.length() == 1 && LineBreaks.CLOSING.indexOf(u.charAt(0)) >= 0;
            // " · ": closing punctuation after a space still never starts a line: it keeps to the word before the space
            if (closing && glued.size() >= 2 && isSpace(glued.get(glued.size() - 1))) {
                String word = glued.get(glued.size() - 2);
                if (!isSpace(word) && !word.equals("\n")) {
                    String space = glued.remove(glued.size() - 1);
                    glued.set(glued.size() - 1, word + space + u);
                    continue;
                }
            }
            String prev = glued.isEmpty() ? null : glued.get(glued.size() - 1);
            boolean prevOpens = prev != null && !isSpace(prev) && !prev.equals("\n")
                    && LineBreaks.OPENING.indexOf(prev.charAt(prev.length() - 1)) >= 0;
            if (prev != null && !isSpace(prev) && !prev.equals("\n") && (closing || prevOpens) && !isSpace(u)
                    && !u.equals("\n")) {
                glued.set(glued.size() - 1, prev + u);
            } else {
                glued.add(u);
            }
        }
        return glued;
    }

    private static boolean isSpace(String u) {
        return u.length() == 1 && (u.charAt(0) == ' ' || u.charAt(0) == '\u3000');
    }

    /**
     * {@code text} with a "\n" wherever a line must end to fit {@code maxWidth}, by {@code measure} (the width of a
     * string in the label's font). Spaces at the end of a line are dropped; existing "\n" are kept.
     */
    public static String wrap(String text, double maxWidth, ToDoubleFunction<String> measure, boolean shortLabel) {
        if (text == null || text.isEmpty() || maxWidth <= 0 || Double.isInfinite(maxWidth)) {
            return text == null ? null : text.replace(String.valueOf(BREAK_HERE), "");
        }
        List<String> units = units(text, shortLabel);
        StringBuilder out = new StringBuilder(text.length() + 8);
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        String pendingSpace = null;
        double limit = maxWidth + 0.01;
        for (String u : units) {
            if (u.equals("\n")) {
                out.append(line).append('\n');
                line.setLength(0);
                lineWidth = 0;
                pendingSpace = null;
                continue;
            }
            if (isSpace(u)) {
                if (line.length() > 0) {
                    pendingSpace = pendingSpace == null ? u : pendingSpace + u;
                }
                continue;
            }
            double w = measure.applyAsDouble(u);
            double space = pendingSpace == null ? 0 : measure.applyAsDouble(pendingSpace);
            if (line.length() > 0 && lineWidth + space + w > limit) {
                out.append(line).append('\n');
                line.setLength(0);
                lineWidth = 0;
                pendingSpace = null;
                space = 0;
            }
            if (line.length() == 0 && w > limit && u.indexOf(' ') > 0) {
                // wider than a whole line but made of words ("Thursday 3 December"): it breaks at its spaces first
                List<String> words = new ArrayList<>(Arrays.asList(u.split("(?<= )")));
                StringBuilder piece = new StringBuilder();
                double pieceWidth = 0;
                for (String word : words) {
                    double ww = measure.applyAsDouble(word.strip());
                    double sw = measure.applyAsDouble(word);
                    if (piece.length() > 0 && pieceWidth + ww > limit) {
                        out.append(piece.toString().stripTrailing()).append('\n');
                        piece.setLength(0);
                        pieceWidth = 0;
                    }
                    piece.append(word);
                    pieceWidth += sw;
                }
                line.append(piece.toString().stripTrailing());
                lineWidth = measure.applyAsDouble(line.toString());
                continue;
            }
            if (line.length() == 0 && w > limit) {
                // wider than a whole line: the one place a unit is broken inside, so that nothing is cut off
                for (int k = 0; k < u.length(); k++) {
                    String ch = u.substring(k, k + 1);
                    double cw = measure.applyAsDouble(ch);
                    if (line.length() > 0 && lineWidth + cw > limit) {
                        out.append(line).append('\n');
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    line.append(ch);
                    lineWidth += cw;
                }
                continue;
            }
            if (pendingSpace != null) {
                line.append(pendingSpace);
                lineWidth += space;
                pendingSpace = null;
            }
            line.append(u);
            lineWidth += w;
        }
        out.append(line);
        return out.toString();
    }

    /** The width of the widest piece that never breaks: less than this and something would be cut. */
    public static double widestUnit(String text, ToDoubleFunction<String> measure, boolean shortLabel) {
        double max = 0;
        for (String u : units(text, shortLabel)) {
            if (!isSpace(u) && !u.equals("\n")) {
                max = Math.max(max, measure.applyAsDouble(u));
            }
        }
        return max;
    }
}
