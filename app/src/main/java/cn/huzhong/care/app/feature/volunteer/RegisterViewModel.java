package cn.huzhong.care.app.feature.volunteer;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.VolunteerRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.RegisterVolunteer;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.core.validation.Violation;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * A volunteer registers (F10) from the sign-in screen: name, phone, a password, the towns they can serve and the kinds
 * of help they offer. The fields are checked with core's {@link Validators}, the rules the server applies, before
 * anything is sent; the server's own refusals (a phone with an account already) go under the field they concern. Then
 * the account waits for staff to verify it, and the screen says so.
 */
public final class RegisterViewModel extends ViewModel<RegisterUiState> {
    /** The fields in the order they are on the screen (the first in error gets focus). */
    public static final List<String> FIELDS = List.of("name", "phone", "password", "towns", "kinds");
    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 40;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final Set<Town> towns = EnumSet.noneOf(Town.class);
    private final Set<HelpKind> kinds = EnumSet.noneOf(HelpKind.class);
    private final VolunteerRepository volunteers;
    private final Navigator navigator;
    private final Messages messages;
    private String key;

    public RegisterViewModel(VolunteerRepository volunteers, Navigator navigator, Messages messages, Executor ui) {
        super(RegisterUiState.Editing.EMPTY, ui);
        this.volunteers = volunteers;
        this.navigator = navigator;
        this.messages = messages;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public Set<Town> towns() {
        return Set.copyOf(towns);
    }

    public Set<HelpKind> kinds() {
        return Set.copyOf(kinds);
    }

    public void town(Town t, boolean on) {
        if (on) {
            towns.add(t);
        } else {
            towns.remove(t);
        }
    }

    public void kind(HelpKind k, boolean on) {
        if (on) {
            kinds.add(k);
        } else {
            kinds.remove(k);
        }
    }

    public void register() {
        if (!(state() instanceof RegisterUiState.Editing e) || e.sending()) {
            return;
        }
        List<Violation> v = Validators.start().text("name", name.get(), NAME_MIN, NAME_MAX).mobile("phone", phone.get())
                .newPassword("password", password.get()).required("towns", new ArrayList<>(towns))
                .required("kinds", new ArrayList<>(kinds)).violations();
        if (!v.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (Violation x : v) {
                errors.putIfAbsent(x.field(), x.field().equals("towns") || x.field().equals("kinds")
                        ? messages.get("volunteer.register." + x.field() + ".required") : x.message(messages.lang()));
            }
            publish(new RegisterUiState.Editing(errors, null, first(errors), false));
            return;
        }
        if (key == null) {
            key = UUID.randomUUID().toString();
        }
        publish(new RegisterUiState.Editing(Map.of(), null, null, true));
        RegisterVolunteer r = new RegisterVolunteer(name.get().strip(), Validators.normalizePhone(phone.get()),
                password.get(), List.copyOf(towns), List.copyOf(kinds));
        when(volunteers.register(r, key), registered -> {
            password.set("");
            publish(new RegisterUiState.Registered(messages.get("volunteer.register.done.title", registered.name()),
                    messages.get("volunteer.register.done.text", String.join("、", registered.townNames()))));
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
        } else if (error instanceof ApiFailure.Rejected r && r.status() == 409) {
            key = null;
            // under the phone, the server's sentence about it alone
            errors.put("phone", r.problem().map(cn.huzhong.care.core.api.ApiProblem::detail).filter(d -> !d.isBlank())
                    .orElse(r.userMessage()));
        } else if (error instanceof ApiFailure.RateLimited limited) {
            form = messages.get("signin.error.throttled", messages.get("signin.wait.minutes",
                    (limited.retryAfterSeconds() + 59) / 60));
        } else {
            form = messages.failure(error);
        }
        publish(new RegisterUiState.Editing(errors, form, first(errors), false));
    }

    private static String first(Map<String, String> errors) {
        return FIELDS.stream().filter(errors::containsKey).findFirst().orElse(null);
    }

    /** From the "waiting" screen: back to sign-in, with the phone filled in. */
    public void toSignIn() {
        navigator.resetTo(new Destination.SignIn());
    }
}
