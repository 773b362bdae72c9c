package cn.huzhong.care.server.errors;

/**
 * Not possible in the record's current state. The detail key also names the kind of conflict for clients:
 * {@code problem.slotFull.detail} is the problem type {@code slot-full}.
 */
public final class ConflictException extends DomainException {
    public ConflictException(String detailKey, Object... args) {
        super(detailKey, args);
    }
}
