package cn.huzhong.care.app.feature.actingfor;

import cn.huzhong.care.app.data.MessageRepository;
import cn.huzhong.care.app.data.Session;
import cn.huzhong.care.app.data.SessionRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.core.api.UnreadCount;

import java.time.Clock;
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
    private final Messages messages;

    public ActingForViewModel(SessionRepository sessions, MessageRepository inbox, Navigator navigator,
                              Messages messages, Clock clock, Executor ui) {
        super(new ActingForUiState(people(sessions, null, messages), false), ui, messages, clock);
        this.sessions = sessions;
        this.inbox = inbox;
        this.navigator = navigator;
        this.messages = messages;
    }

    private static List<ActingForUiState.Person> people(SessionRepository sessions, UnreadCount counts, Messages m) {
        Session s = sessions.current().orElse(null);
        if (s == null) {
            return List.of();
        }
        return s.actingFor().stream().map(p -> {
            Long unread = unread(counts, p);
            boolean current = s.subjectId() != null && s.subjectId() == p.residentId();
            String name = p.relationship() == null || p.relationship().isBlank() ? p.name()
                    : m.get("actingFor.row.name", p.name(), p.relationship());
            String unreadText = unread == null ? null
                    : unread == 0 ? m.get("actingFor.unread.none") : m.get("actingFor.unread.count", unread);
            String spoken = m.get("actingFor.row.spoken", name, p.townName(), unreadText == null ? "" : unreadText,
                    m.get(current ? "actingFor.current" : "actingFor.choose"));
            return new ActingForUiState.Person(p, unread, current, name, unreadText, spoken);
        }).toList();
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
        // the device's copy at once, the server's in its place
        read(inbox.unread(), slow -> { },
                (counts, freshness) -> publish(new ActingForUiState(people(sessions, counts, messages), state().switching())),
                e -> { });
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
