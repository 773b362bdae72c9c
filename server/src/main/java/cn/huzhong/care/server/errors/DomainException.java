package cn.huzhong.care.server.errors;

/**
 * Something the rules of the service do not allow, said in the domain's words: no such record, not allowed,
 * conflicts with the record's state, too many attempts. Services throw these and know nothing of HTTP;
 * {@code http.ErrorMapping} is the one place that turns each kind into a status and a problem+json answer in
 * the request's language. {@code detailKey} names the explanation in the core message bundle.
 * Field errors are core's {@link cn.huzhong.care.core.validation.ValidationException}.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException, NotAllowedException, AccountNotActiveException, SignInFailedException,
        ConflictException, TooManyAttemptsException, IdempotencyKeyReusedException {
    private final String detailKey;
    private final Object[] detailArgs;

    protected DomainException(String detailKey, Object... detailArgs) {
        super(detailKey);
        this.detailKey = detailKey;
        this.detailArgs = detailArgs == null ? new Object[0] : detailArgs.clone();
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs.clone();
    }
}
