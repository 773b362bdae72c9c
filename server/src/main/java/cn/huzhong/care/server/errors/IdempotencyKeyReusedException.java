package cn.huzhong.care.server.errors;

/** An Idempotency-Key already used for a different request. */
public final class IdempotencyKeyReusedException extends DomainException {
    public IdempotencyKeyReusedException() {
        super("problem.idempotencyMismatch.detail");
    }
}
