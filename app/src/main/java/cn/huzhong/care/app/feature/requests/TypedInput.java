package cn.huzhong.care.app.feature.requests;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and numbers as people type them: "2026-12-01", "2026/12/1", "2026.12.1", "2026年12月1日", with full-width
 * digits from a Chinese keyboard too.
 */
final class TypedInput {
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

    private TypedInput() {
    }

    /** Empty when nothing was typed. */
    static boolean blank(String text) {
        return halfWidth(text).isBlank();
    }

    /** The day typed, or empty when it is not one (nothing typed counts as not a day too: check {@link #blank}). */
    static Optional<LocalDate> date(String text) {
        Matcher m = DATE.matcher(halfWidth(text).strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A whole number typed, or empty. */
    static Optional<Integer> number(String text) {
        String t = halfWidth(text).strip();
        return NUMBER.matcher(t).matches() ? Optional.of(Integer.parseInt(t)) : Optional.empty();
    }

    /** Full-width digits and punctuation, as Chinese keyboards type them, read as ordinary ones. */
    static String halfWidth(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                b.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
