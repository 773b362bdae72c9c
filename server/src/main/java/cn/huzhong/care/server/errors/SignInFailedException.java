package cn.huzhong.care.server.errors;

/** Wrong phone number, password or one-time code; the answer never says which. */
public final class SignInFailedException extends DomainException {
    public SignInFailedException() {
        super("problem.signInFailed.detail");
    }

    public SignInFailedException(String detailKey) {
        super(detailKey);
    }
}
