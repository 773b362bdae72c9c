package cn.huzhong.care.core.cert;

/** A certificate number that is not valid, with the reason why. */
public final class CertificateNumberException extends IllegalArgumentException {
    private final Reason reason;

    public enum Reason {
        /** Missing or blank. */
        EMPTY,
        /** Not exactly 20 characters. */
        WRONG_LENGTH,
        /** A character other than a digit (or X as the 18th). */
        BAD_CHARACTER,
        /** The first two digits name no province. */
        BAD_AREA_CODE,
        /** Characters 7–14 are not a real date, or a date in the future or before 1900. */
        BAD_BIRTH_DATE,
        /** The 18th character does not match the GB 11643 check of the first 17. */
        BAD_CHECK_CHARACTER,
        /** The 19th character is not a category 1–7. */
        BAD_CATEGORY,
        /** The 20th character is not a level 1–4. */
        BAD_LEVEL
    }

    public CertificateNumberException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Message key in the core bundle, e.g. {@code validation.certificate.BAD_CHECK_CHARACTER}. */
    public String messageKey() {
        return "validation.certificate." + reason.name();
    }
}
