package cn.huzhong.care.app.shell;

import cn.huzhong.care.app.data.Session;
import cn.huzhong.care.app.data.SessionRepository;
import cn.huzhong.care.app.data.SyncStatus;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.PersonRef;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The shell's state: offline or not (with the last sync time), and whom a carer is acting for. Sends the person
 * to sign-in when the session ends (signed out, or expired on the server).
 */
public final class ShellViewModel {
    /**
     * @param actingFor the linked resident a carer is acting for; null for a resident or when signed out
     * @param canSwitch the carer is linked to more than one resident (the bar offers to switch)
     * @param signedIn    someone is signed in (the bottom navigation shows on the main places)
     * @param forResident the account acts for a resident (itself or a linked one): the resident's places show
     */
    public record ShellUiState(boolean offline, Instant lastSync, PersonRef actingFor, boolean canSwitch,
                               boolean signedIn, boolean forResident, cn.huzhong.care.core.domain.Role role) {
    }

    private final Navigator navigator;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<ShellUiState> state = new ReadOnlyObjectWrapper<>();
    private volatile SyncStatus.State sync;
    private volatile Optional<Session> session;

    public ShellViewModel(Navigator navigator, SessionRepository sessions, SyncStatus syncStatus, Clock clock,
                          Executor ui) {
        this.navigator = navigator;
        this.clock = clock;
        this.sync = syncStatus.state();
        this.session = sessions.current();
        publish();
        syncStatus.addListener(s -> {
            sync = s;
            ui.execute(this::publish);
        });
        sessions.addListener(s -> {
            session = s;
            ui.execute(() -> {
                publish();
                if (s.isEmpty() && navigator.current() != null && navigator.current().needsSession()) {
                    navigator.resetTo(new Destination.SignIn());
                }
            });
        });
    }

    public ReadOnlyObjectProperty<ShellUiState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public Navigator navigator() {
        return navigator;
    }

    private void publish() {
        PersonRef actingFor = session.filter(Session::actingForSomeoneElse).flatMap(Session::subject).orElse(null);
        // the last sync time is shown only offline: while online, a new sync changes nothing on screen
        boolean offline = !sync.online();
        boolean canSwitch = session.map(x -> x.actingFor().size() > 1).orElse(false);
        boolean signedIn = session.isPresent();
        boolean forResident = session.flatMap(Session::subject).isPresent();
        state.set(new ShellUiState(offline, offline ? sync.lastSync() : null, actingFor, canSwitch, signedIn,
                forResident,
                session.map(x -> x.account() == null ? null : x.account().role()).orElse(null)));
    }

    /**
     * What the offline banner says, in {@code messages}' language: since when nothing arrived from the server, and
     * how long ago that is; null while online. (The banner shows this as it is: the view reads no clock.)
     */
    public String offlineText(Messages messages) {
        ShellUiState s = state.get();
        if (s == null || !s.offline()) {
            return null;
        }
        return s.lastSync() == null ? messages.get("shell.offline.never")
                : messages.get("shell.offline.since", messages.dateTime(s.lastSync()),
                messages.age(s.lastSync(), clock.instant()));
    }

    /** Opens the "acting for" switcher. */
    public void switchPerson() {
        if (!(navigator.current() instanceof Destination.ActingFor)) {
            navigator.go(new Destination.ActingFor());
        }
    }
}
