package cn.huzhong.care.app.feature.signin;

import java.util.List;

/** The sign-in screen's state. */
public sealed interface SignInUiState {
    enum Field { PHONE, PASSWORD }

    /** A demo account the sign-in screen lists in demo mode. */
    record DemoAccount(String phone, String password, String description) {
    }

    List<DemoAccount> demoAccounts();

    /**
     * The form, with an error under each field at fault, a message for the whole form (throttling), and the
     * field that should have focus (the first invalid one).
     */
    record Editing(String phoneError, String passwordError, String formMessage, Field focus,
                   List<DemoAccount> demoAccounts, boolean noServer) implements SignInUiState {
    }

    record SigningIn(List<DemoAccount> demoAccounts) implements SignInUiState {
    }
}
