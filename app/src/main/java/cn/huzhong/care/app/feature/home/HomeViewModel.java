package cn.huzhong.care.app.feature.home;

import cn.huzhong.care.app.data.MessageRepository;
import cn.huzhong.care.app.data.Outbox;
import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.data.ResidentRepository;
import cn.huzhong.care.app.data.Session;
import cn.huzhong.care.app.data.SessionRepository;
import cn.huzhong.care.app.shell.Calls;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.ContactDto;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.core.api.UnreadCount;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.time.Dates;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Home (F1): greeting, the assigned contact with a call action, the way to every feature with the unread count on
 * the messages tile; for a carer, respite care one tap away and their other linked residents' unread messages;
 * what waits on this phone to be sent.
 */
public final class HomeViewModel extends ViewModel<HomeUiState> {
    private final ResidentRepository residents;
    private final MessageRepository inbox;
    private final Outbox outbox;
    private final SessionRepository sessions;
    private final Navigator navigator;
    private final Calls calls;
    private final Messages messages;
    private final Clock clock;
    private final String switchedTo;
    private final Executor ui;
    private final Runnable outboxChanged;

    public HomeViewModel(ResidentRepository residents, MessageRepository inbox, Outbox outbox, SessionRepository sessions,
                         Navigator navigator, Calls calls, Messages messages, Clock clock, String switchedTo, Executor ui) {
        super(null, ui, messages, clock);
        this.residents = residents;
        this.inbox = inbox;
        this.outbox = outbox;
        this.sessions = sessions;
        this.navigator = navigator;
        this.calls = calls;
        this.messages = messages;
        this.clock = clock;
        this.switchedTo = switchedTo;
        this.ui = ui;
        this.outboxChanged = () -> ui.execute(this::outboxChanged);
        outbox.addListener(outboxChanged);
    }

    /** "下午好，王秀兰" — by the time of day in the district. */
    String greeting() {
        String name = sessions.current().map(s -> s.account().displayName()).orElse("");
        int hour = LocalTime.now(clock.withZone(Dates.ZONE)).getHour();
        String part = hour < 5 ? "evening" : hour < 12 ? "morning" : hour < 18 ? "afternoon" : "evening";
        return messages.get("home.greeting." + part, name);
    }

    private HomeUiState.Extras extras() {
        Optional<Session> s = sessions.current();
        boolean carer = s.map(Session::actingForSomeoneElse).orElse(false);
        String subject = s.flatMap(Session::subject).map(PersonRef::name).orElse(null);
        return new HomeUiState.Extras(carer, subject, switchedTo, null, messages.get("home.tile.messages.sub"), List.of(),
                count(true), count(false));
    }

    private int count(boolean waiting) {
        int n = 0;
        for (OutboxItem.Kind k : OutboxItem.Kind.values()) {
            n += (int) outbox.items(k).stream().filter(i -> i.waiting() == waiting).count();
        }
        return n;
    }

    public void load() {
        String greeting = greeting();
        HomeUiState.Extras extras = extras();
        boolean hasSubject = sessions.current().flatMap(Session::subject).isPresent();
        if (!hasSubject) {
            publish(new HomeUiState.NoResident(greeting, extras));
            return;
        }
        publish(new HomeUiState.Loading(greeting, extras, null));
        read(residents.profile(),
                slow -> publish(new HomeUiState.Loading(greeting, state().extras(), slow)),
                (p, freshness) -> publish(new HomeUiState.Content(greeting, state().extras(), p, p.assignedContact(),
                        freshness)),
                e -> publish(new HomeUiState.Failed(greeting, state().extras(), messages.failure(e))));
        // the counts: the device's copy at once, the server's in its place; without them the tiles still work
        read("unread", inbox.unread(), slow -> { }, (counts, freshness) -> unread(counts), e -> { });
    }

    private void unread(UnreadCount counts) {
        Session s = sessions.current().orElse(null);
        if (s == null || s.subjectId() == null) {
            return;
        }
        long mine = counts.byResident().stream().filter(c -> c.residentId() == s.subjectId())
                .mapToLong(UnreadCount.ResidentCount::count).sum();
        List<HomeUiState.Other> others = new ArrayList<>();
        if (s.actingForSomeoneElse()) {
            for (PersonRef p : s.actingFor()) {
                long n = counts.byResident().stream().filter(c -> c.residentId() == p.residentId())
                        .mapToLong(UnreadCount.ResidentCount::count).sum();
                if (p.residentId() != s.subjectId() && n > 0) {
                    others.add(new HomeUiState.Other(p, n, messages.get("home.others.unread", p.name(), n)));
                }
            }
        }
        String sub = mine == 0 ? messages.get("home.tile.messages.none") : messages.get("home.tile.messages.unread", mine);
        replace(state().extras().with(mine, sub, List.copyOf(others)));
    }

    private void outboxChanged() {
        if (state() != null) {
            replace(state().extras().withOutbox(count(true), count(false)));
        }
    }

    private void replace(HomeUiState.Extras x) {
        HomeUiState s = state();
        if (s instanceof HomeUiState.Loading l) {
            publish(new HomeUiState.Loading(l.greeting(), x, l.slowNote()));
        } else if (s instanceof HomeUiState.Content c) {
            publish(new HomeUiState.Content(c.greeting(), x, c.profile(), c.contact(), c.freshness()));
        } else if (s instanceof HomeUiState.NoResident n) {
            publish(new HomeUiState.NoResident(n.greeting(), x));
        } else if (s instanceof HomeUiState.Failed f) {
            publish(new HomeUiState.Failed(f.greeting(), x, f.message()));
        }
    }

    public void callContact() {
        if (state() instanceof HomeUiState.Content c && c.contact() != null) {
            ContactDto contact = c.contact();
            calls.call(contact.name(), contact.phone());
        }
    }

    public void open(Destination d) {
        navigator.go(d);
    }

    /** Respite care (喘息服务) for the person a carer acts for: its form, one tap from home. */
    public void respiteCare() {
        navigator.go(new Destination.RequestForm(ServiceRequestType.RESPITE_CARE));
    }

    /** Switches straight to another linked resident who has unread messages. */
    public void switchTo(PersonRef person) {
        when(sessions.actFor(person.residentId()), done -> navigator.resetTo(new Destination.Home(person.name())), e -> { });
    }

    @Override
    public void dispose() {
        super.dispose();
        outbox.removeListener(outboxChanged);
    }
}
