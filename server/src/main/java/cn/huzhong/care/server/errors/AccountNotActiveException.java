package cn.huzhong.care.server.errors;

/** The account is waiting for verification or is suspended. */
public final class AccountNotActiveException extends DomainException {
    public AccountNotActiveException() {
        super("problem.accountNotActive.detail");
    }
}
