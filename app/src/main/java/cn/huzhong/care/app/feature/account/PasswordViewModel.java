package cn.huzhong.care.app.feature.account;

import cn.huzhong.care.app.data.AccountRepository;
import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.core.validation.Violation;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * A resident, carer or volunteer changes their own password: the current one is required; the new one follows core's
 * rules ({@link Validators#newPassword}: 8 or more characters, not only digits, not the current one) and is typed
 * twice. The server checks the current one; its answer goes under the field it is about. Other phones signed in to
 * the account are signed out; this one stays.
 */
public final class PasswordViewModel extends ViewModel<PasswordUiState> {
    public static final List<String> FIELDS = List.of("currentPassword", "newPassword", "repeat");

    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final AccountRepository accounts;
    private final Messages messages;

    public PasswordViewModel(AccountRepository accounts, Messages messages, Executor ui) {
        super(new PasswordUiState.Editing(Map.of(), null, null, false, null), ui);
        this.accounts = accounts;
        this.messages = messages;
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty newProperty() {
        return next;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public void change() {
        if (state() instanceof PasswordUiState.Editing e && e.sending()) {
            return;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Validators v = Validators.start().password("currentPassword", current.get()).newPassword("newPassword", next.get());
        if (current.get() != null && !current.get().isEmpty() && Objects.equals(current.get(), next.get())) {
            v.add("newPassword", "samePassword");
        }
        for (Violation x : v.violations()) {
            errors.putIfAbsent(x.field(), x.message(messages.lang()));
        }
        if (!errors.containsKey("newPassword") && !Objects.equals(next.get(), repeat.get())) {
            errors.put("repeat", messages.get("account.password.mismatch"));
        }
        if (!errors.isEmpty()) {
            publish(new PasswordUiState.Editing(errors, null, first(errors), false, null));
            return;
        }
        publish(new PasswordUiState.Editing(Map.of(), null, null, true, null));
        when(accounts.changePassword(current.get(), next.get()), v2 -> {
            current.set("");
            next.set("");
            repeat.set("");
            publish(new PasswordUiState.Editing(Map.of(), null, null, false, messages.get("account.password.done")));
        }, this::failed);
    }

    private void failed(Throwable error) {
        Map<String, String> errors = new LinkedHashMap<>();
        String form = null;
        if (error instanceof ApiFailure.Invalid invalid) {
            for (String f : FIELDS) {
                invalid.messageFor(f).ifPresent(m -> errors.put(f, m));
            }
            if (errors.isEmpty()) {
                form = invalid.userMessage();
            }
        } else if (error instanceof ApiFailure.RateLimited limited) {
            form = messages.get("signin.error.throttled", messages.get("signin.wait.minutes",
                    (limited.retryAfterSeconds() + 59) / 60));
        } else {
            form = messages.failure(error);
        }
        publish(new PasswordUiState.Editing(errors, form, first(errors), false, null));
    }

    private static String first(Map<String, String> errors) {
        return FIELDS.stream().filter(errors::containsKey).findFirst().orElse(null);
    }
}
