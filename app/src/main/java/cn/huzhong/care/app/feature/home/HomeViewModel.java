package cn.huzhong.care.app.feature.home;

import cn.huzhong.care.app.data.ResidentRepository;
import cn.huzhong.care.app.data.Session;
import cn.huzhong.care.app.data.SessionRepository;
import cn.huzhong.care.app.shell.Calls;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.ContactDto;
import cn.huzhong.care.core.time.Dates;

import java.time.Clock;
import java.time.LocalTime;
import java.util.concurrent.Executor;

/** Home (F1): greeting, the assigned contact with a call action, and the way to every feature. */
public final class HomeViewModel extends ViewModel<HomeUiState> {
    private final ResidentRepository residents;
    private final SessionRepository sessions;
    private final Navigator navigator;
    private final Calls calls;
    private final Messages messages;
    private final Clock clock;

    public HomeViewModel(ResidentRepository residents, SessionRepository sessions, Navigator navigator, Calls calls,
                         Messages messages, Clock clock, Executor ui) {
        super(null, ui);
        this.residents = residents;
        this.sessions = sessions;
        this.navigator = navigator;
        this.calls = calls;
        this.messages = messages;
        this.clock = clock;
    }

    /** "下午好，王秀兰" — by the time of day in the district. */
    String greeting() {
        String name = sessions.current().map(s -> s.account().displayName()).orElse("");
        int hour = LocalTime.now(clock.withZone(Dates.ZONE)).getHour();
        String part = hour < 5 ? "evening" : hour < 12 ? "morning" : hour < 18 ? "afternoon" : "evening";
        return messages.get("home.greeting." + part, name);
    }

    public void load() {
        String greeting = greeting();
        boolean hasSubject = sessions.current().flatMap(Session::subject).isPresent();
        if (!hasSubject) {
            publish(new HomeUiState.NoResident(greeting));
            return;
        }
        publish(new HomeUiState.Loading(greeting));
        when(residents.profile(),
                p -> publish(new HomeUiState.Content(greeting, p.value(), p.value().assignedContact(), p.savedAt(),
                        p.fromCache())),
                e -> publish(new HomeUiState.Failed(greeting, messages.failure(e))));
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
}
