package cn.huzhong.care.app.feature.signin;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.SessionRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.core.validation.Violation;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Sign in with phone number and password. Checks the fields with core's {@link Validators} before sending
 * (the same messages the server would give), then shows the server's answer: wrong password under the password
 * field, too many attempts with the wait in words.
 */
public final class SignInViewModel extends ViewModel<SignInUiState> {
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final SessionRepository sessions;
    private final Navigator navigator;
    private final Messages messages;
    private final List<SignInUiState.DemoAccount> demo;
    private final boolean noServer;

    public SignInViewModel(SessionRepository sessions, Navigator navigator, Messages messages,
                           List<String> demoAccountLines, boolean noServer, Executor ui) {
        super(null, ui);
        this.sessions = sessions;
        this.navigator = navigator;
        this.messages = messages;
        this.demo = parse(demoAccountLines, messages.lang());
        this.noServer = noServer;
        publish(new SignInUiState.Editing(null, null, null, null, demo, noServer));
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Fills the form with a demo account (the person still confirms with "sign in"). */
    public void useDemoAccount(SignInUiState.DemoAccount account) {
        phone.set(account.phone());
        password.set(account.password());
        publish(new SignInUiState.Editing(null, null, null, SignInUiState.Field.PASSWORD, demo, noServer));
    }

    public void signIn() {
        if (state() instanceof SignInUiState.SigningIn) {
            return;
        }
        List<Violation> violations = Validators.start()
                .mobile("phone", phone.get())
                .password("password", password.get())
                .violations();
        if (!violations.isEmpty()) {
            String phoneError = message(violations, "phone");
            String passwordError = message(violations, "password");
            publish(new SignInUiState.Editing(phoneError, passwordError, null,
                    phoneError != null ? SignInUiState.Field.PHONE : SignInUiState.Field.PASSWORD, demo, noServer));
            return;
        }
        publish(new SignInUiState.SigningIn(demo));
        when(sessions.signIn(phone.get(), password.get()), session -> {
            password.set("");
            navigator.resetTo(new Destination.Home());
        }, this::failed);
    }

    private void failed(Throwable error) {
        SignInUiState.Editing next;
        if (error instanceof ApiFailure.Invalid invalid) {
            String p = invalid.messageFor("phone").orElse(null);
            String w = invalid.messageFor("password").orElse(null);
            next = new SignInUiState.Editing(p, w, p == null && w == null ? invalid.userMessage() : null,
                    p != null ? SignInUiState.Field.PHONE : SignInUiState.Field.PASSWORD, demo, noServer);
        } else if (error instanceof ApiFailure.Unauthorized wrong) {
            next = new SignInUiState.Editing(null, wrong.userMessage(), null, SignInUiState.Field.PASSWORD, demo, noServer);
        } else if (error instanceof ApiFailure.RateLimited limited) {
            next = new SignInUiState.Editing(null, null,
                    messages.get("signin.error.throttled", waitText(limited.retryAfterSeconds())),
                    SignInUiState.Field.PASSWORD, demo, noServer);
        } else {
            next = new SignInUiState.Editing(null, null, messages.failure(error), SignInUiState.Field.PHONE, demo,
                    noServer);
        }
        publish(next);
    }

    /** "3 分钟" / "45 秒": how long to wait, in words. */
    String waitText(long seconds) {
        if (seconds >= 60) {
            return messages.get("signin.wait.minutes", (seconds + 59) / 60);
        }
        return messages.get("signin.wait.seconds", seconds);
    }

    private String message(List<Violation> violations, String field) {
        return violations.stream().filter(v -> v.field().equals(field)).findFirst()
                .map(v -> v.message(messages.lang())).orElse(null);
    }

    public void openSettings() {
        navigator.go(new Destination.Settings());
    }

    /** Registering as a volunteer (issue 8). */
    public void registerVolunteer() {
        navigator.go(new Destination.VolunteerRegister());
    }

    public void openHotlines() {
        navigator.go(new Destination.Hotlines());
    }

    /** Lines such as "13900000001  demo1234  居民 王秀兰（…） / resident Wang Xiulan (…)". */
    static List<SignInUiState.DemoAccount> parse(List<String> lines, Lang lang) {
        List<SignInUiState.DemoAccount> out = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.strip().split("\\s{2,}", 3);
            if (parts.length < 3) {
                continue;
            }
            String[] both = parts[2].split(" / ", 2);
            String description = both.length == 2 ? (lang == Lang.EN ? both[1] : both[0]) : parts[2];
            out.add(new SignInUiState.DemoAccount(parts[0], parts[1], description.strip()));
        }
        return List.copyOf(out);
    }
}
