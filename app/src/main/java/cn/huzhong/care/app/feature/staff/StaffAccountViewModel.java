package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.StaffRepository;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.AccountSummary;
import cn.huzhong.care.core.api.ResidentSearch;
import cn.huzhong.care.core.domain.Relationship;
import cn.huzhong.care.core.domain.Role;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * One account for staff: give a new one-time code (the person sets their password with it; an earlier code stops
 * working), shown once; link a carer to a resident of the town, with the relationship chosen from a list; suspend
 * the account with a reason (danger, confirmed in a dialog: the person cannot sign in and is signed out everywhere)
 * or reinstate a suspended one.
 */
public final class StaffAccountViewModel extends ViewModel<StaffAccountUiState> {
    private final StringProperty residentQuery = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<Long> resident = new SimpleObjectProperty<>();
    private final ObjectProperty<Relationship> relationship = new SimpleObjectProperty<>();
    private final StaffRepository staff;
    private final Messages messages;
    private String key;
    private Object keyFor;

    public StaffAccountViewModel(AccountSummary account, StaffRepository staff, Messages messages, Executor ui) {
        super(new StaffAccountUiState.Showing(account, account.role() == Role.CARER, false, null, null, null, null,
                null), ui);
        this.staff = staff;
        this.messages = messages;
    }

    public StringProperty residentQueryProperty() {
        return residentQuery;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<Long> residentProperty() {
        return resident;
    }

    public ObjectProperty<Relationship> relationshipProperty() {
        return relationship;
    }

    private StaffAccountUiState.Showing now() {
        return (StaffAccountUiState.Showing) state();
    }

    private String key(Object what) {
        if (key == null || !what.equals(keyFor)) {
            key = UUID.randomUUID().toString();
            keyFor = what;
        }
        return key;
    }

    private void show(StaffAccountUiState.Showing s) {
        publish(s);
    }

    public void newCode() {
        StaffAccountUiState.Showing s = now();
        if (s.sending()) {
            return;
        }
        show(new StaffAccountUiState.Showing(s.account(), s.carer(), true, null, s.residents(), null, null, null));
        when(staff.passwordReset(s.account().id(), key("code")), code -> {
            key = null;
            StaffAccountUiState.Showing n = now();
            String c = code.code();
            show(new StaffAccountUiState.Showing(n.account(), n.carer(), false, new StaffAccountsUiState.Created(
                    messages.get("staff.account.code.done", n.account().displayName()), c, String.join(" ", c.split("")),
                    messages.get("staff.accounts.code.expires", messages.dateTime(code.expiresAt().toInstant()))),
                    n.residents(), null, null, null));
        }, e -> show(new StaffAccountUiState.Showing(s.account(), s.carer(), false, null, s.residents(), null,
                messages.get("staff.action.failed", messages.failure(e)), null)));
    }

    public void findResidents() {
        StaffAccountUiState.Showing s = now();
        String q = residentQuery.get() == null ? "" : residentQuery.get().strip();
        if (q.isEmpty()) {
            show(new StaffAccountUiState.Showing(s.account(), s.carer(), false, s.code(), s.residents(), null, null,
                    messages.get("staff.search.name.required")));
            return;
        }
        when(staff.search(new ResidentSearch(null, q)), page -> {
            StaffAccountUiState.Showing n = now();
            resident.set(page.items().isEmpty() ? null : page.items().get(0).residentId());
            show(new StaffAccountUiState.Showing(n.account(), n.carer(), false, n.code(), page.items(), null, null,
                    page.items().isEmpty() ? messages.get("staff.search.none") : null));
        }, e -> show(new StaffAccountUiState.Showing(s.account(), s.carer(), false, s.code(), s.residents(), null,
                messages.get("staff.action.failed", messages.failure(e)), null)));
    }

    public void link() {
        StaffAccountUiState.Showing s = now();
        if (s.sending() || !s.carer()) {
            return;
        }
        if (resident.get() == null || relationship.get() == null) {
            show(new StaffAccountUiState.Showing(s.account(), s.carer(), false, s.code(), s.residents(), null, null,
                    messages.get("staff.choose.required")));
            return;
        }
        long who = resident.get();
        Relationship rel = relationship.get();
        show(new StaffAccountUiState.Showing(s.account(), s.carer(), true, s.code(), s.residents(), null, null, null));
        when(staff.linkCarer(who, s.account().id(), rel, key("link-" + who + rel)), link -> {
            key = null;
            StaffAccountUiState.Showing n = now();
            show(new StaffAccountUiState.Showing(n.account(), n.carer(), false, n.code(), n.residents(),
                    messages.get("staff.account.linked", link.carerName(), link.residentName(), link.relationshipName()),
                    null, null));
        }, e -> show(new StaffAccountUiState.Showing(s.account(), s.carer(), false, s.code(), s.residents(), null,
                messages.get("staff.action.failed", messages.failure(e)), null)));
    }

    public void askToSuspend() {
        StaffAccountUiState.Showing s = now();
        if (!s.sending() && !s.suspended()) {
            show(s.confirming(true, false, null, null));
        }
    }

    public void keep() {
        StaffAccountUiState.Showing s = now();
        if (s.confirming() && !s.sending()) {
            show(s.confirming(false, false, null, null));
        }
    }

    public void confirmSuspend() {
        StaffAccountUiState.Showing s = now();
        if (!s.confirming() || s.sending()) {
            return;
        }
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty() || why.length() > StaffRequestViewModel.TEXT_MAX) {
            show(s.confirming(true, false, null, why.isEmpty() ? messages.get("staff.reason.required")
                    : messages.get("staff.text.tooLong", StaffRequestViewModel.TEXT_MAX)));
            return;
        }
        show(s.confirming(true, true, null, null));
        when(staff.suspend(s.account().id(), why, key("suspend")), a -> {
            key = null;
            reason.set("");
            show(now().account(a, messages.get("staff.account.suspended", a.displayName())));
        }, e -> show(s.confirming(true, false, messages.get("staff.action.failed", messages.failure(e)), null)));
    }

    /** A suspended account may sign in again (the reason stays in the audit trail). */
    public void reinstate() {
        StaffAccountUiState.Showing s = now();
        if (s.sending() || !s.suspended()) {
            return;
        }
        show(s.confirming(false, true, null, null));
        when(staff.reinstate(s.account().id(), key("reinstate")), a -> {
            key = null;
            show(now().account(a, messages.get("staff.account.reinstated", a.displayName())));
        }, e -> show(s.confirming(false, false, messages.get("staff.action.failed", messages.failure(e)), null)));
    }
}
