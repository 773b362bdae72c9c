package cn.huzhong.care.server.errors;

/** The account may see the record but may not do this to it (wrong role, a step for the district…). */
public final class NotAllowedException extends DomainException {
    public NotAllowedException() {
        super("problem.forbidden.detail");
    }

    public NotAllowedException(String detailKey, Object... args) {
        super(detailKey, args);
    }
}
