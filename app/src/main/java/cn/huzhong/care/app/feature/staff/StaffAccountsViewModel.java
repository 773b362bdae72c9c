package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.StaffRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.AccountCreated;
import cn.huzhong.care.core.api.AccountSummary;
import cn.huzhong.care.core.api.CreateAccount;
import cn.huzhong.care.core.api.ResidentSearch;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.validation.Validators;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * Accounts for staff (issue 8): open a resident's account (the resident found by name and chosen) or a carer's (name,
 * phone, and for district staff the town); the answer's one-time code is shown once, to give the person in person
 * or by phone. Find accounts by name to open one (a new one-time code, linking a carer).
 */
public final class StaffAccountsViewModel extends ViewModel<StaffAccountsUiState> {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty residentQuery = new SimpleStringProperty("");
    private final StringProperty accountQuery = new SimpleStringProperty("");
    private final ObjectProperty<Long> resident = new SimpleObjectProperty<>();
    private final ObjectProperty<String> town = new SimpleObjectProperty<>();
    private final StaffRepository staff;
    private final Navigator navigator;
    private final Messages messages;
    private String key;

    public StaffAccountsViewModel(StaffRepository staff, Navigator navigator, Messages messages, Executor ui) {
        super(new StaffAccountsUiState.Editing(Role.CARER, false, null, null, null, null, null, null, null, null), ui);
        this.staff = staff;
        this.navigator = navigator;
        this.messages = messages;
        Town own = staff.ownTown();
        town.set(own == null ? Town.HUZHONG.name() : own.name());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty residentQueryProperty() {
        return residentQuery;
    }

    public StringProperty accountQueryProperty() {
        return accountQuery;
    }

    public ObjectProperty<Long> residentProperty() {
        return resident;
    }

    public ObjectProperty<String> townProperty() {
        return town;
    }

    /** District staff choose the carer's town; town staff open accounts in their own. */
    public boolean choosesTown() {
        return staff.ownTown() == null;
    }

    private StaffAccountsUiState.Editing now() {
        return (StaffAccountsUiState.Editing) state();
    }

    public void chooseRole(Role role) {
        StaffAccountsUiState.Editing e = now();
        if (e.role() != role && !e.sending()) {
            key = null;
            publish(new StaffAccountsUiState.Editing(role, false, e.residents(), null, null, null, null, e.created(),
                    e.accounts(), e.accountsSummary()));
        }
    }

    public void findResidents() {
        StaffAccountsUiState.Editing e = now();
        String q = residentQuery.get() == null ? "" : residentQuery.get().strip();
        if (q.isEmpty()) {
            publish(e.with(false, null, null, messages.get("staff.search.name.required"), null));
            return;
        }
        when(staff.search(new ResidentSearch(null, q)), page -> {
            StaffAccountsUiState.Editing n = now();
            resident.set(page.items().isEmpty() ? null : page.items().get(0).residentId());
            publish(new StaffAccountsUiState.Editing(n.role(), false, page.items(), null, null,
                    page.items().isEmpty() ? messages.get("staff.search.none") : null, null, n.created(), n.accounts(),
                    n.accountsSummary()));
        }, ex -> publish(now().with(false, null, null, null, messages.get("staff.action.failed", messages.failure(ex)))));
    }

    public void open() {
        StaffAccountsUiState.Editing e = now();
        if (e.sending()) {
            return;
        }
        CreateAccount account;
        if (e.role() == Role.RESIDENT) {
            if (resident.get() == null) {
                publish(e.with(false, null, null, messages.get("staff.choose.required"), null));
                return;
            }
            account = new CreateAccount(Role.RESIDENT, resident.get(), null, null, null);
        } else {
            String n = name.get() == null ? "" : name.get().strip();
            String p = phone.get() == null ? "" : phone.get().replaceAll("[\\s-]", "");
            var v = Validators.start().mobile("phone", p).violations();
            String nameError = n.isEmpty() ? messages.get("staff.accounts.name.required") : null;
            String phoneError = v.isEmpty() ? null : v.get(0).message(messages.lang());
            if (nameError != null || phoneError != null) {
                publish(e.with(false, nameError, phoneError, null, null));
                return;
            }
            account = new CreateAccount(Role.CARER, null, n, p, StaffTowns.town(town.get()));
        }
        if (key == null) {
            key = UUID.randomUUID().toString();
        }
        publish(e.with(true, null, null, null, null));
        when(staff.createAccount(account, key), made -> {
            key = null;
            name.set("");
            phone.set("");
            StaffAccountsUiState.Editing n = now();
            publish(new StaffAccountsUiState.Editing(n.role(), false, n.residents(), null, null, null, null,
                    created(made), n.accounts(), n.accountsSummary()));
        }, ex -> {
            String phoneError = ex instanceof ApiFailure.Invalid inv ? inv.messageFor("phone").orElse(null) : null;
            publish(now().with(false, null, phoneError, null, phoneError != null ? null
                    : messages.get("staff.action.failed", messages.failure(ex))));
        });
    }

    StaffAccountsUiState.Created created(AccountCreated made) {
        AccountSummary a = made.account();
        String who = messages.get("staff.accounts.created", a.displayName(), messages.get("audit.role." + a.role()),
                a.phoneMasked());
        String code = made.code().code();
        return new StaffAccountsUiState.Created(who, code, String.join(" ", code.split("")),
                messages.get("staff.accounts.code.expires", messages.dateTime(made.code().expiresAt().toInstant())));
    }

    public void findAccounts() {
        StaffAccountsUiState.Editing e = now();
        String q = accountQuery.get() == null ? "" : accountQuery.get().strip();
        when(staff.accounts(null, q), page -> {
            StaffAccountsUiState.Editing n = now();
            String summary = page.items().isEmpty() ? messages.get("staff.search.none")
                    : messages.get("staff.search.found", page.items().size());
            publish(new StaffAccountsUiState.Editing(n.role(), n.sending(), n.residents(), n.nameError(),
                    n.phoneError(), n.residentError(), n.error(), n.created(), page.items(), summary));
        }, ex -> publish(e.with(false, null, null, null, messages.get("staff.action.failed", messages.failure(ex)))));
    }

    public void openAccount(AccountSummary a) {
        navigator.go(new Destination.StaffAccount(a));
    }
}
