package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.StaffRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.core.api.ResidentSearch;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * Staff find a resident of their town (F11) by the start of a name, or by the full certificate number, which goes to
 * the server in the body of a POST (never in an address) and is never kept on the device; results show the number
 * masked. A result opens what staff did about that person (the audit trail).
 */
public final class StaffSearchViewModel extends ViewModel<StaffSearchUiState> {
    private final StringProperty query = new SimpleStringProperty("");
    private final StaffRepository staff;
    private final Navigator navigator;
    private final Messages messages;
    private final java.time.Clock clock;

    public StaffSearchViewModel(StaffRepository staff, Navigator navigator, Messages messages, java.time.Clock clock,
                                Executor ui) {
        super(new StaffSearchUiState.Searching(false, false, null, null, null, null), ui);
        this.clock = clock;
        this.staff = staff;
        this.navigator = navigator;
        this.messages = messages;
    }

    public StringProperty queryProperty() {
        return query;
    }

    private StaffSearchUiState.Searching now() {
        return (StaffSearchUiState.Searching) state();
    }

    public void byNumber(boolean number) {
        StaffSearchUiState.Searching s = now();
        if (s.byNumber() != number && !s.sending()) {
            query.set("");
            publish(new StaffSearchUiState.Searching(number, false, null, null, null, null));
        }
    }

    public void search() {
        StaffSearchUiState.Searching s = now();
        if (s.sending()) {
            return;
        }
        String q = query.get() == null ? "" : query.get().strip();
        ResidentSearch search;
        if (s.byNumber()) {
            String number = q.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
            // core's rules for the number (length, district, date of birth, check digit), before it leaves the device
            var wrong = cn.huzhong.care.core.validation.Validators.start().certificate("certificateNumber", number,
                    java.time.LocalDate.now(clock.withZone(cn.huzhong.care.core.time.Dates.ZONE))).violations();
            if (!wrong.isEmpty()) {
                publish(new StaffSearchUiState.Searching(true, false, s.results(), s.summary(),
                        wrong.get(0).message(messages.lang()), null));
                return;
            }
            search = new ResidentSearch(number, null);
        } else {
            if (q.isEmpty()) {
                publish(new StaffSearchUiState.Searching(false, false, s.results(), s.summary(),
                        messages.get("staff.search.name.required"), null));
                return;
            }
            search = new ResidentSearch(null, q);
        }
        publish(new StaffSearchUiState.Searching(s.byNumber(), true, s.results(), s.summary(), null, null));
        when(staff.search(search), page -> {
            List<StaffSearchUiState.Person> people = page.items().stream().map(this::person).toList();
            String summary = people.isEmpty() ? messages.get("staff.search.none")
                    : messages.get("staff.search.found", people.size());
            publish(new StaffSearchUiState.Searching(s.byNumber(), false, people, summary, null, null));
        }, e -> publish(new StaffSearchUiState.Searching(s.byNumber(), false, s.results(), s.summary(), null,
                messages.get("staff.action.failed", messages.failure(e)))));
    }

    StaffSearchUiState.Person person(PersonRef p) {
        String masked = p.certificateMasked() == null ? "" : p.certificateMasked();
        return new StaffSearchUiState.Person(p.residentId(), p.name(), p.townName(), masked,
                messages.get("staff.search.row.spoken", p.name(), p.townName(), masked));
    }

    public void open(StaffSearchUiState.Person p) {
        navigator.go(new Destination.Audit(p.residentId(), p.name()));
    }
}
