package cn.huzhong.care.server.errors;

/** No such record, or not one this account may see: the two are one answer, so a stranger learns nothing. */
public final class NotFoundException extends DomainException {
    public NotFoundException() {
        super("problem.notFound.detail");
    }
}
