package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.StaffRepository;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.AnswerDataCase;
import cn.huzhong.care.core.api.DataCaseDto;
import cn.huzhong.care.core.domain.DataCaseKind;
import cn.huzhong.care.core.domain.DataCaseStatus;
import cn.huzhong.care.core.validation.Validators;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * A personal-data case (the personal-information law's right to correct and delete): staff choose the outcome, write
 * the answer the person reads, and for a granted correction the new values (only those filled in change). A granted
 * deletion removes hotline messages, inbox messages and comments for good, so it is confirmed in a dialog first;
 * records the law requires to be kept stay, and the answer says so.
 */
public final class StaffDataCaseViewModel extends ViewModel<StaffDataCaseUiState> {
    /** The server's limits for the answer. */
    public static final int ANSWER_MIN = 2;
    public static final int ANSWER_MAX = 2000;
    public static final int NAME_MAX = 60;
    public static final int ADDRESS_MAX = 200;
    /** The outcomes staff choose from, in this order. */
    public static final List<DataCaseStatus> OUTCOMES = List.of(DataCaseStatus.DONE, DataCaseStatus.PARTLY_DONE,
            DataCaseStatus.REFUSED);

    private final StringProperty answer = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StaffRepository staff;
    private final Messages messages;
    private String key;

    public StaffDataCaseViewModel(DataCaseDto dataCase, StaffRepository staff, Messages messages, Clock clock,
                                  Executor ui) {
        super(content(dataCase, messages, null), ui, messages, clock);
        this.staff = staff;
        this.messages = messages;
    }

    public StringProperty answerProperty() {
        return answer;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty addressProperty() {
        return address;
    }

    static StaffDataCaseUiState.Content content(DataCaseDto k, Messages messages, String notice) {
        Styles.Tone tone = switch (k.status()) {
            case OPEN -> Styles.Tone.WARN;
            case DONE, PARTLY_DONE -> Styles.Tone.OK;
            case REFUSED -> Styles.Tone.INFO;
        };
        return new StaffDataCaseUiState.Content(k, messages.get("staff.dataCase.status", k.statusName()), tone,
                k.status() == DataCaseStatus.OPEN, k.kind() == DataCaseKind.CORRECTION, null, false, false, notice, null,
                StaffDataCaseUiState.Errors.NONE);
    }

    /** The outcome's name as the choice shows it. */
    public String outcomeName(DataCaseStatus s) {
        return messages.get("staff.dataCase.outcome." + s);
    }

    public void choose(DataCaseStatus outcome) {
        if (state() instanceof StaffDataCaseUiState.Content c && c.open() && !c.sending() && OUTCOMES.contains(outcome)) {
            // a refusal changes nothing, so the new values' errors go with their fields
            StaffDataCaseUiState.Errors e = c.errors();
            boolean refused = outcome == DataCaseStatus.REFUSED;
            publish(c.with(outcome, false, false, null, null, refused
                    ? new StaffDataCaseUiState.Errors(null, e.answer(), null, null, null)
                    : new StaffDataCaseUiState.Errors(null, e.answer(), e.name(), e.phone(), e.address())));
        }
    }

    /** Checks the answer; a granted deletion asks first, anything else is sent. */
    public void send() {
        if (!(state() instanceof StaffDataCaseUiState.Content c) || !c.open() || c.sending()) {
            return;
        }
        StaffDataCaseUiState.Errors errors = check(c);
        if (errors.any()) {
            publish(c.with(c.outcome(), false, false, null, null, errors));
            return;
        }
        if (!c.correction() && c.outcome() != DataCaseStatus.REFUSED) {
            publish(c.with(c.outcome(), true, false, null, null, StaffDataCaseUiState.Errors.NONE));
            return;
        }
        go(c);
    }

    public void confirm() {
        if (state() instanceof StaffDataCaseUiState.Content c && c.confirming() && !c.sending()) {
            go(c);
        }
    }

    public void keep() {
        if (state() instanceof StaffDataCaseUiState.Content c && c.confirming() && !c.sending()) {
            publish(c.with(c.outcome(), false, false, null, null, StaffDataCaseUiState.Errors.NONE));
        }
    }

    StaffDataCaseUiState.Errors check(StaffDataCaseUiState.Content c) {
        String outcomeError = c.outcome() == null ? messages.get("staff.dataCase.outcome.required") : null;
        String text = strip(answer.get());
        String answerError = text.isEmpty() ? messages.get("staff.dataCase.answer.required")
                : text.codePointCount(0, text.length()) < ANSWER_MIN ? messages.get("staff.dataCase.answer.short")
                : text.length() > ANSWER_MAX ? messages.get("staff.text.tooLong", ANSWER_MAX) : null;
        String nameError = null;
        String phoneError = null;
        String addressError = null;
        if (c.correction() && c.outcome() != null && c.outcome() != DataCaseStatus.REFUSED) {
            String n = strip(name.get());
            String p = strip(phone.get());
            String a = strip(address.get());
            if (n.isEmpty() && p.isEmpty() && a.isEmpty()) {
                nameError = messages.get("staff.dataCase.fix.none");
            }
            if (!n.isEmpty() && (n.codePointCount(0, n.length()) < 2 || n.length() > NAME_MAX)) {
                nameError = messages.get("staff.dataCase.fix.name.invalid", NAME_MAX);
            }
            if (!p.isEmpty() && !Validators.isMobile(Validators.normalizePhone(p))) {
                phoneError = messages.get("staff.dataCase.fix.phone.invalid");
            }
            if (!a.isEmpty() && (a.codePointCount(0, a.length()) < 2 || a.length() > ADDRESS_MAX)) {
                addressError = messages.get("staff.dataCase.fix.address.invalid", ADDRESS_MAX);
            }
        }
        return new StaffDataCaseUiState.Errors(outcomeError, answerError, nameError, phoneError, addressError);
    }

    private void go(StaffDataCaseUiState.Content c) {
        AnswerDataCase.Corrections fix = null;
        if (c.correction() && c.outcome() != DataCaseStatus.REFUSED) {
            fix = new AnswerDataCase.Corrections(orNull(name.get()), orNull(phone.get()) == null ? null
                    : Validators.normalizePhone(strip(phone.get())), orNull(address.get()));
        }
        AnswerDataCase body = new AnswerDataCase(c.outcome(), strip(answer.get()), fix);
        if (key == null) {
            key = UUID.randomUUID().toString();
        }
        publish(c.with(c.outcome(), c.confirming(), true, null, null, StaffDataCaseUiState.Errors.NONE));
        when(staff.answerDataCase(c.dataCase().id(), body, key), k -> {
            key = null;
            answer.set("");
            name.set("");
            phone.set("");
            address.set("");
            publish(content(k, messages, messages.get("staff.dataCase.answered", k.residentName())));
        }, e -> publish(c.with(c.outcome(), c.confirming(), false, null,
                messages.get("staff.action.failed", messages.failure(e)), StaffDataCaseUiState.Errors.NONE)));
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String orNull(String s) {
        String t = strip(s);
        return t.isEmpty() ? null : t;
    }
}
