package cn.huzhong.care.app.feature.account;

import cn.huzhong.care.app.data.AccountRepository;
import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.domain.DataCaseKind;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.core.validation.Violation;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * What the service holds about the person the app acts for (个人信息查阅, as China's personal-information law entitles
 * them): their record, contact, accounts and carers, what they applied for and booked, how often staff looked, and
 * their correction and deletion requests with the answers (what the law requires to be kept is kept, and said so).
 * Asking for a correction or deletion is written in a dialog, saying what and why. Read from the server each time.
 */
public final class PersonalDataViewModel extends ViewModel<PersonalDataUiState> {
    public static final int DETAILS_MIN = 5;
    public static final int DETAILS_MAX = 2000;

    private final StringProperty details = new SimpleStringProperty("");
    private final AccountRepository accounts;
    private final Messages messages;
    private String key;

    public PersonalDataViewModel(AccountRepository accounts, Messages messages, Clock clock, Executor ui) {
        super(new PersonalDataUiState.Loading(null), ui, messages, clock);
        this.accounts = accounts;
        this.messages = messages;
    }

    public StringProperty detailsProperty() {
        return details;
    }

    public void load() {
        load(null);
    }

    private void load(String notice) {
        read(accounts.personalData(), slow -> publish(new PersonalDataUiState.Loading(slow)),
                (d, f) -> publish(new PersonalDataUiState.Content(d, f, null, false, notice, null, null)),
                e -> publish(new PersonalDataUiState.Failed(messages.failure(e))));
    }

    public void ask(DataCaseKind kind) {
        if (state() instanceof PersonalDataUiState.Content c && !c.sending()) {
            if (c.asking() != kind) {
                details.set("");
                key = null;
            }
            publish(c.with(kind, false, null, null, null));
        }
    }

    public void cancel() {
        if (state() instanceof PersonalDataUiState.Content c && !c.sending()) {
            publish(c.with(null, false, c.notice(), null, null));
        }
    }

    public void send() {
        if (!(state() instanceof PersonalDataUiState.Content c) || c.asking() == null || c.sending()) {
            return;
        }
        String text = details.get() == null ? "" : details.get().strip();
        List<Violation> v = Validators.start().text("details", text, DETAILS_MIN, DETAILS_MAX).violations();
        if (!v.isEmpty()) {
            publish(c.with(c.asking(), false, null, null, v.get(0).message(messages.lang())));
            return;
        }
        if (key == null) {
            key = UUID.randomUUID().toString();
        }
        publish(c.with(c.asking(), true, null, null, null));
        when(accounts.fileDataCase(c.asking(), text, key), filed -> {
            key = null;
            details.set("");
            load(messages.get("account.data.filed", filed.kindName()));
        }, e -> publish(c.with(c.asking(), false, null, messages.get("account.data.failed",
                e instanceof ApiFailure.Invalid i ? i.messageFor("details").orElse(messages.failure(e))
                        : messages.failure(e)), null)));
    }
}
