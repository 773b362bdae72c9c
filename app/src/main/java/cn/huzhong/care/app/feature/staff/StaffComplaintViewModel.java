package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.StaffRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.ComplaintDto;
import cn.huzhong.care.core.domain.ComplaintStatus;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * A complaint about a volunteer's help (F10): what the person said, about whom and which task; staff look at the
 * volunteer (where they can suspend them) and close the complaint saying what was done, which the audit trail keeps.
 */
public final class StaffComplaintViewModel extends ViewModel<StaffComplaintUiState> {
    /** The server's limit for the outcome. */
    public static final int OUTCOME_MAX = 500;
    /** The server's minimum for the outcome. */
    public static final int OUTCOME_MIN = 2;

    private final StringProperty outcome = new SimpleStringProperty("");
    private final ComplaintDto complaint;
    private final StaffRepository staff;
    private final Navigator navigator;
    private final Messages messages;
    private String key;

    public StaffComplaintViewModel(ComplaintDto complaint, StaffRepository staff, Navigator navigator,
                                   Messages messages, Clock clock, Executor ui) {
        super(content(complaint, messages, null), ui, messages, clock);
        this.complaint = complaint;
        this.staff = staff;
        this.navigator = navigator;
        this.messages = messages;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }

    static StaffComplaintUiState.Content content(ComplaintDto k, Messages messages, String notice) {
        boolean open = k.status() == ComplaintStatus.OPEN;
        return new StaffComplaintUiState.Content(k, messages.get("staff.complaint.status", k.statusName()),
                open ? Styles.Tone.WARN : Styles.Tone.OK, open, false, notice, null, null);
    }

    public void openVolunteer() {
        navigator.go(new Destination.StaffVolunteer(complaint.volunteerId()));
    }

    public void openTask() {
        navigator.go(new Destination.StaffTask(complaint.taskId()));
    }

    public void close() {
        if (!(state() instanceof StaffComplaintUiState.Content c) || !c.open() || c.sending()) {
            return;
        }
        String text = outcome.get() == null ? "" : outcome.get().strip();
        if (text.codePointCount(0, text.length()) < OUTCOME_MIN || text.length() > OUTCOME_MAX) {
            publish(c.with(false, null, null, text.isEmpty() ? messages.get("staff.complaint.outcome.required")
                    : text.length() > OUTCOME_MAX ? messages.get("staff.text.tooLong", OUTCOME_MAX)
                    : messages.get("staff.complaint.outcome.short")));
            return;
        }
        if (key == null) {
            key = UUID.randomUUID().toString();
        }
        publish(c.with(true, null, null, null));
        when(staff.closeComplaint(complaint.id(), text, key), k -> {
            key = null;
            outcome.set("");
            publish(content(k, messages, messages.get("staff.complaint.closed")));
        }, e -> publish(c.with(false, null, messages.get("staff.action.failed", messages.failure(e)), null)));
    }
}
