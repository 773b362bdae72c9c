package cn.huzhong.care.server.errors;

/** Too many attempts (sign-in, registration, one-time codes): try again after {@code seconds}. */
public final class TooManyAttemptsException extends DomainException {
    private final long seconds;

    public TooManyAttemptsException(long seconds) {
        super("problem.rateLimited.detail", Math.max(1, seconds));
        this.seconds = Math.max(1, seconds);
    }

    public long seconds() {
        return seconds;
    }
}
