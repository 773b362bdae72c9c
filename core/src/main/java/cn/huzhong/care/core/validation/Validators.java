package cn.huzhong.care.core.validation;

import cn.huzhong.care.core.cert.CertificateNumber;
import cn.huzhong.care.core.cert.CertificateNumberException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Field rules shared by the app (shown under the field before anything is sent) and the server (422).
 * Collects every violation instead of stopping at the first, so a form can mark all its fields at once.
 */
public final class Validators {
    /** Mainland mobile numbers: 11 digits, 1 then 3–9. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    public static final int PASSWORD_MIN = 8;
    public static final int PASSWORD_MAX = 128;

    private final List<Violation> violations = new ArrayList<>();

    public static Validators start() {
        return new Validators();
    }

    /** Strips spaces and dashes people type into phone numbers. */
    public static String normalizePhone(String phone) {
        return phone == null ? null : phone.replaceAll("[\\s\\-\\u3000]", "");
    }

    /** {@code 139****0001}; never logs a whole phone number. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return "***";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    public static boolean isMobile(String phone) {
        return phone != null && MOBILE.matcher(phone).matches();
    }

    public Validators add(String field, String code, Object... args) {
        violations.add(new Violation(field, code, args));
        return this;
    }

    public Validators required(String field, Object value) {
        if (value == null || (value instanceof String s && visibleLength(s) == 0)
                || (value instanceof Collection<?> c && c.isEmpty())) {
            add(field, "required");
        }
        return this;
    }

    /**
     * Optional text no longer than {@code max} characters, without control characters (see {@link #isCleanText}).
     */
    public Validators maxLength(String field, String value, int max) {
        if (value == null) {
            return this;
        }
        if (!isCleanText(value)) {
            return add(field, "control");
        }
        if (value.codePointCount(0, value.length()) > max) {
            add(field, "tooLong", max);
        }
        return this;
    }

    /**
     * Required text of {@code min}..{@code max} characters (after trimming), without control characters. The
     * minimum counts only characters a reader sees ({@link #visibleLength}): five zero-width spaces are not a
     * five-character description, they are nothing.
     */
    public Validators text(String field, String value, int min, int max) {
        if (value == null || visibleLength(value) == 0) {
            return isCleanText(value == null ? "" : value) ? add(field, "required") : add(field, "control");
        }
        if (!isCleanText(value)) {
            return add(field, "control");
        }
        String stripped = value.strip();
        if (visibleLength(stripped) < min) {
            add(field, "tooShort", min);
        } else if (stripped.codePointCount(0, stripped.length()) > max) {
            add(field, "tooLong", max);
        }
        return this;
    }

    /**
     * True when {@code s} holds no control character (C0, DEL, C1: NUL included) other than tab, line feed and
     * carriage return, and no unpaired surrogate. PostgreSQL cannot store NUL at all, and none of these belongs in
     * anything a person types; the server answers 422 naming the field instead of storing them.
     */
    public static boolean isCleanText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x20) {
                if (ch != '\t' && ch != '\n' && ch != '\r') {
                    return false;
                }
            } else if (ch >= 0x7f && ch <= 0x9f) {
                return false;
            } else if (Character.isHighSurrogate(ch)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(ch)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The characters a reader sees: code points that are not white space, not format characters (zero-width
     * space, joiners, byte-order mark, bidi marks), not control characters, not combining marks on their own and not
     * the blank fillers that render as nothing (Hangul fillers, the braille blank).
     */
    public static int visibleLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isVisible(cp)) {
                n++;
            }
        }
        return n;
    }

    private static boolean isVisible(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return false;
        }
        switch (Character.getType(cp)) {
            case Character.FORMAT, Character.CONTROL, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE -> {
                return false;
            }
            default -> {
                return cp != 0x115F && cp != 0x1160 && cp != 0x3164 && cp != 0xFFA0 && cp != 0x2800;
            }
        }
    }

    public Validators mobile(String field, String phone) {
        String p = normalizePhone(phone);
        if (p == null || p.isEmpty()) {
            return add(field, "required");
        }
        if (!isMobile(p)) {
            add(field, "phone");
        }
        return this;
    }

    /** A password to sign in with: present, at most 128 characters. */
    public Validators password(String field, String password) {
        if (password == null || password.isEmpty()) {
            return add(field, "required");
        }
        if (password.length() > PASSWORD_MAX) {
            add(field, "tooLong", PASSWORD_MAX);
        }
        return this;
    }

    /** A new password: 8–128 characters, not only digits, nothing a keyboard cannot type (control characters). */
    public Validators newPassword(String field, String password) {
        if (password == null || password.isEmpty()) {
            return add(field, "required");
        }
        if (!isCleanText(password) || password.indexOf('\t') >= 0 || password.indexOf('\n') >= 0
                || password.indexOf('\r') >= 0) {
            add(field, "control");
        } else if (password.length() < PASSWORD_MIN) {
            add(field, "passwordTooShort", PASSWORD_MIN);
        } else if (password.length() > PASSWORD_MAX) {
            add(field, "tooLong", PASSWORD_MAX);
        } else if (password.chars().allMatch(Character::isDigit)) {
            add(field, "passwordDigitsOnly");
        }
        return this;
    }

    public Validators certificate(String field, String number, LocalDate today) {
        if (number == null || number.isBlank()) {
            return add(field, "required");
        }
        try {
            CertificateNumber.parse(number, today);
        } catch (CertificateNumberException e) {
            add(field, "certificate." + e.reason().name());
        }
        return this;
    }

    /** A month written {@code 2026-10}; returns the parsed month, or null (with a violation). */
    public YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "required");
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            add(field, "month");
            return null;
        }
    }

    public Validators range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            add(field, "range", min, max);
        }
        return this;
    }

    public boolean ok() {
        return violations.isEmpty();
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
