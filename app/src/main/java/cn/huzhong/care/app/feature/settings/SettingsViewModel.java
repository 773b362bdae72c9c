package cn.huzhong.care.app.feature.settings;

import cn.huzhong.care.app.data.AppSettings;
import cn.huzhong.care.app.data.SessionRepository;
import cn.huzhong.care.app.data.SettingsRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.i18n.Lang;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.IntSupplier;

/**
 * Settings (F9): language, text size, high contrast, reduced motion apply at once and are kept on the device;
 * the server address is checked before it is saved; sign out forgets the session and the cached data (what still
 * waits on the phone to be sent stays, and goes out when the same account signs in again: the person is told).
 */
public final class SettingsViewModel extends ViewModel<SettingsUiState> {
    private final SettingsRepository settings;
    private final SessionRepository sessions;
    private final Navigator navigator;
    private final Messages messages;
    private final StringProperty serverAddress = new SimpleStringProperty("");
    private final IntSupplier unsent;
    private final boolean advanced;
    private boolean confirmingSignOut;

    /**
     * @param unsent   how many requests and bookings of the signed-in account wait on the phone to be sent
     * @param advanced offer the server address (demo and development builds only)
     */
    public SettingsViewModel(SettingsRepository settings, SessionRepository sessions, IntSupplier unsent,
                             boolean advanced, Navigator navigator, Messages messages, Executor ui) {
        super(null, ui);
        this.advanced = advanced;
        this.settings = settings;
        this.sessions = sessions;
        this.unsent = unsent;
        this.navigator = navigator;
        this.messages = messages;
        serverAddress.set(settings.current().serverAddress());
        publish(content(null, false, false));
    }

    private SettingsUiState.Content content(String serverError, boolean saved, boolean signingOut) {
        String name = sessions.current().map(s -> s.account().displayName()).orElse(null);
        return new SettingsUiState.Content(settings.current(), serverError, saved, name, signingOut,
                name == null ? 0 : unsent.getAsInt(), advanced, confirmingSignOut && !signingOut,
                sessions.current().flatMap(cn.huzhong.care.app.data.Session::subject)
                        .map(cn.huzhong.care.core.api.PersonRef::name).orElse(null));
    }

    public StringProperty serverAddressProperty() {
        return serverAddress;
    }

    public void setLang(Lang lang) {
        settings.update(settings.current().withLang(lang));
        publish(content(null, false, false));
    }

    public void setTextScale(double scale) {
        settings.update(settings.current().withTextScale(scale));
        publish(content(null, false, false));
    }

    public void setHighContrast(boolean on) {
        settings.update(settings.current().withHighContrast(on));
        publish(content(null, false, false));
    }

    public void setReducedMotion(boolean on) {
        settings.update(settings.current().withReducedMotion(on));
        publish(content(null, false, false));
    }

    /** Checks and saves the server address; empty means the demo server inside the app. */
    public void saveServerAddress() {
        String typed = serverAddress.get() == null ? "" : serverAddress.get().strip();
        Optional<String> problem = AppSettings.checkServerAddress(typed);
        if (problem.isPresent()) {
            publish(content(messages.get(problem.get()), false, false));
            return;
        }
        settings.update(settings.current().withServerAddress(typed));
        publish(content(null, true, false));
    }

    /** Asks to confirm before signing out (what waits on the phone is said in the question). */
    public void askSignOut() {
        confirmingSignOut = true;
        publish(content(null, false, false));
    }

    /** Stays signed in. */
    public void keepSignedIn() {
        confirmingSignOut = false;
        publish(content(null, false, false));
    }

    /** Changing one's own password (issue 8). */
    public void changePassword() {
        navigator.go(new Destination.ChangePassword());
    }

    /** What the service holds about the person the app acts for (issue 8). */
    public void personalData() {
        navigator.go(new Destination.PersonalData());
    }

    public void signOut() {
        if (sessions.current().isEmpty()) {
            return;
        }
        confirmingSignOut = false;
        publish(content(null, false, true));
        when(sessions.signOut(), v -> navigator.resetTo(new Destination.SignIn()),
                e -> navigator.resetTo(new Destination.SignIn()));
    }
}
