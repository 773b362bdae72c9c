package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.StaffRepository;
import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.TaskStatus;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executor;

/** A help task for staff: what, when, for whom, who holds it; an open one is given to a volunteer chosen from a list. */
public final class StaffTaskViewModel extends ViewModel<StaffTaskUiState> {
    private final ObjectProperty<Long> volunteer = new SimpleObjectProperty<>();
    private final long taskId;
    private final StaffRepository staff;
    private final Messages messages;
    private String key;

    public StaffTaskViewModel(long taskId, StaffRepository staff, Messages messages, Clock clock, Executor ui) {
        super(new StaffTaskUiState.Loading(null), ui, messages, clock);
        this.taskId = taskId;
        this.staff = staff;
        this.messages = messages;
    }

    public ObjectProperty<Long> volunteerProperty() {
        return volunteer;
    }

    public void load() {
        read(staff.task(taskId), slow -> publish(new StaffTaskUiState.Loading(slow)), (t, f) -> {
            if (state() instanceof StaffTaskUiState.Content c) {
                publish(content(t, f).with(c.choosing() && t.status() == TaskStatus.OPEN, c.sending(), c.volunteers(),
                        c.notice(), c.error(), c.chooseError()));
            } else {
                publish(content(t, f));
            }
        }, e -> publish(new StaffTaskUiState.Failed(messages.failure(e))));
    }

    private StaffTaskUiState.Content content(TaskDto t, Freshness f) {
        return new StaffTaskUiState.Content(t, f, t.status() == TaskStatus.OPEN, false, false, null, null, null, null);
    }

    public void choose() {
        if (!(state() instanceof StaffTaskUiState.Content c) || !c.canAssign() || c.sending()) {
            return;
        }
        publish(c.with(true, false, c.volunteers(), null, null, null));
        if (c.volunteers() == null) {
            when(staff.volunteerQueue(AccountStatus.ACTIVE, c.task().town()).latest(), l -> {
                if (state() instanceof StaffTaskUiState.Content now) {
                    publish(now.with(now.choosing(), now.sending(), l.value().items(), now.notice(), now.error(),
                            now.chooseError()));
                }
            }, e -> {
                if (state() instanceof StaffTaskUiState.Content now) {
                    publish(now.with(false, false, null, null, messages.get("staff.action.failed",
                            messages.failure(e)), null));
                }
            });
        }
    }

    public void closeChooser() {
        if (state() instanceof StaffTaskUiState.Content c && !c.sending()) {
            publish(c.with(false, false, c.volunteers(), c.notice(), null, null));
        }
    }

    public void assign() {
        if (!(state() instanceof StaffTaskUiState.Content c) || !c.choosing() || c.sending()) {
            return;
        }
        Long id = volunteer.get();
        if (id == null) {
            publish(c.with(true, false, c.volunteers(), null, null, messages.get("staff.choose.required")));
            return;
        }
        if (key == null) {
            key = UUID.randomUUID().toString();
        }
        publish(c.with(true, true, c.volunteers(), null, null, null));
        when(staff.assignVolunteer(taskId, id, key), t -> {
            key = null;
            publish(content(t, Freshness.fresh(clock().instant())).with(false, false, c.volunteers(),
                    messages.get("staff.task.assigned", t.volunteerName()), null, null));
        }, e -> publish(c.with(true, false, c.volunteers(), null,
                messages.get("staff.action.failed", messages.failure(e)), null)));
    }
}
