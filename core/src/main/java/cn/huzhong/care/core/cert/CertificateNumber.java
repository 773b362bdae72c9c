package cn.huzhong.care.core.cert;

import cn.huzhong.care.core.cert.CertificateNumberException.Reason;
import cn.huzhong.care.core.domain.DisabilityCategory;
import cn.huzhong.care.core.domain.DisabilityLevel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Set;

/**
 * A second-generation disability certificate number (第二代残疾人证号): the holder's 18-character resident
 * ID number (GB 11643-1999, last character a digit or X) followed by the category digit (1–7) and the
 * level digit (1–4). Parsing validates every part; an instance is always valid.
 */
public record CertificateNumber(String value) {

    public static final int LENGTH = 20;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** Province-level codes of GB/T 2260 (the first two digits of an ID number). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    public CertificateNumber {
        validate(value, null);
    }

    /**
     * Parses user input: surrounding and inner spaces are dropped and a lower-case x is read as X, then
     * every rule is checked. Birth dates are checked against today.
     */
    public static CertificateNumber parse(String input) {
        return parse(input, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
    }

    /** As {@link #parse(String)}, with the date that a birth date may not be after. */
    public static CertificateNumber parse(String input, LocalDate today) {
        String normalized = normalize(input);
        validate(normalized, today);
        return new CertificateNumber(normalized);
    }

    /** True when {@link #parse(String, LocalDate)} would accept the input. */
    public static boolean isValid(String input, LocalDate today) {
        try {
            parse(input, today);
            return true;
        } catch (CertificateNumberException e) {
            return false;
        }
    }

    /**
     * Builds the number for an ID body (17 digits) by appending the check character, category and level.
     * Used to make synthetic demo data; {@code idBody17} = area code (6) + birth date (8) + sequence (3).
     */
    public static CertificateNumber of(String idBody17, DisabilityCategory category, DisabilityLevel level) {
        if (idBody17 == null || idBody17.length() != 17) {
            throw new CertificateNumberException(Reason.WRONG_LENGTH, "ID body must have 17 digits");
        }
        return new CertificateNumber(idBody17 + checkCharacter(idBody17) + category.code() + level.code());
    }

    /** The GB 11643 check character for the first 17 characters of an ID number. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new CertificateNumberException(Reason.BAD_CHARACTER, "position " + (i + 1));
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static String normalize(String input) {
        if (input == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            sb.append(c == 'x' ? 'X' : c);
        }
        return sb.toString();
    }

    private static void validate(String v, LocalDate today) {
        if (v == null || v.isEmpty()) {
            throw new CertificateNumberException(Reason.EMPTY, "no number");
        }
        if (v.length() != LENGTH) {
            throw new CertificateNumberException(Reason.WRONG_LENGTH, v.length() + " characters, expected 20");
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = v.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit && !(i == 17 && c == 'X')) {
                throw new CertificateNumberException(Reason.BAD_CHARACTER, "position " + (i + 1));
            }
        }
        if (!PROVINCES.contains(v.substring(0, 2))) {
            throw new CertificateNumberException(Reason.BAD_AREA_CODE, v.substring(0, 2));
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new CertificateNumberException(Reason.BAD_BIRTH_DATE, v.substring(6, 14));
        }
        if (birth.isBefore(EARLIEST_BIRTH) || (today != null && birth.isAfter(today))) {
            throw new CertificateNumberException(Reason.BAD_BIRTH_DATE, birth.toString());
        }
        if (checkCharacter(v.substring(0, 17)) != v.charAt(17)) {
            throw new CertificateNumberException(Reason.BAD_CHECK_CHARACTER, "character 18");
        }
        if (DisabilityCategory.ofCode(v.charAt(18) - '0') == null) {
            throw new CertificateNumberException(Reason.BAD_CATEGORY, String.valueOf(v.charAt(18)));
        }
        if (DisabilityLevel.ofCode(v.charAt(19) - '0') == null) {
            throw new CertificateNumberException(Reason.BAD_LEVEL, String.valueOf(v.charAt(19)));
        }
    }

    /** The 18-character resident ID number. */
    public String residentId() {
        return value.substring(0, 18);
    }

    /** The six-digit administrative area code of the ID number. */
    public String areaCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** Age in whole years on the given day (a person born on 29 February turns a year older on 1 March). */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate(), day).getYears();
    }

    public DisabilityCategory category() {
        return DisabilityCategory.ofCode(value.charAt(18) - '0');
    }

    public DisabilityLevel level() {
        return DisabilityLevel.ofCode(value.charAt(19) - '0');
    }

    /**
     * The form used in lists, logs and by default on screen: the area code and the last four characters of
     * the ID number stay, the birth date, category and level are hidden ({@code 232764********123X**}).
     */
    public String masked() {
        return mask(value);
    }

    /** Masks any stored certificate number the same way as {@link #masked()}, even a malformed one. */
    public static String mask(String number) {
        if (number == null || number.length() < 10) {
            return "****";
        }
        String n = number.toUpperCase(Locale.ROOT);
        if (n.length() != LENGTH) {
            return n.substring(0, 4) + "*".repeat(n.length() - 4);
        }
        return n.substring(0, 6) + "********" + n.substring(14, 18) + "**";
    }

    @Override
    public String toString() {
        // never print the full number by accident (logs, exceptions)
        return masked();
    }
}
