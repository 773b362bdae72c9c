package cn.huzhong.care.app.feature.actingfor;

import cn.huzhong.care.app.data.MessageRepository;
import cn.huzhong.care.app.data.Session;
import cn.huzhong.care.app.data.SessionRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.core.api.UnreadCount;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * The "acting for" switcher (carers): the linked residents with their unread messages. Choosing one makes the app
 * show that person's data everywhere, and starts again at home, which says whose data is shown now.
 */
public final class ActingForViewModel extends ViewModel<ActingForUiState> {
    private final SessionRepository sessions;
    private final MessageRepository inbox;
    private final Navigator navigator;

    public ActingForViewModel(SessionRepository sessions, MessageRepository inbox, Navigator navigator, Executor ui) {
        super(new ActingForUiState(people(sessions, null), false), ui);
        this.sessions = sessions;
        this.inbox = inbox;
        this.navigator = navigator;
    }

    private static List<ActingForUiState.Person> people(SessionRepository sessions, UnreadCount counts) {
        Session s = sessions.current().orElse(null);
        if (s == null) {
            return List.of();
        }
        return s.actingFor().stream().map(p -> new ActingForUiState.Person(p, unread(counts, p),
                s.subjectId() != null && s.subjectId() == p.residentId())).toList();
    }

    private static Long unread(UnreadCount counts, PersonRef p) {
        if (counts == null) {
            return null;
        }
        return counts.byResident().stream().filter(c -> c.residentId() == p.residentId())
                .mapToLong(UnreadCount.ResidentCount::count).sum();
    }

    /** The unread counts (the list is usable before they arrive, and without them when offline). */
    public void load() {
        when(inbox.unread(), l -> publish(new ActingForUiState(people(sessions, l.value()), false)), e -> { });
    }

    public void choose(PersonRef person) {
        if (state().switching()) {
            return;
        }
        boolean current = sessions.current().map(Session::subjectId).map(id -> id == person.residentId()).orElse(false);
        if (current) {
            navigator.resetTo(new Destination.Home());
            return;
        }
        publish(new ActingForUiState(state().people(), true));
        when(sessions.actFor(person.residentId()), done -> navigator.resetTo(new Destination.Home(person.name())),
                e -> publish(new ActingForUiState(state().people(), false)));
    }
}
