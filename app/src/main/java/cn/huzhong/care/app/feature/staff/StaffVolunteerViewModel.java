package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.Reading;
import cn.huzhong.care.app.data.StaffRepository;
import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.VolunteerDetail;
import cn.huzhong.care.core.domain.AccountStatus;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * A volunteer for staff (F10): who, where and what they help with, hours, ratings and complaints; verify a pending
 * one (after calling them: the phone shows in full here); suspend one with a reason (danger, confirmed in a dialog:
 * they cannot sign in and their unfinished tasks reopen).
 */
public final class StaffVolunteerViewModel extends ViewModel<StaffVolunteerUiState> {
    private final StringProperty reason = new SimpleStringProperty("");
    private final long volunteerId;
    private final StaffRepository staff;
    private final Messages messages;
    private String key;

    public StaffVolunteerViewModel(long volunteerId, StaffRepository staff, Messages messages, Clock clock, Executor ui) {
        super(new StaffVolunteerUiState.Loading(null), ui, messages, clock);
        this.volunteerId = volunteerId;
        this.staff = staff;
        this.messages = messages;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public void load() {
        load(null);
    }

    private void load(String notice) {
        Reading<VolunteerDetail> r = staff.volunteer(volunteerId);
        read(r, slow -> publish(new StaffVolunteerUiState.Loading(slow)), (d, f) -> {
            StaffVolunteerUiState.Content fresh = content(d, f);
            if (state() instanceof StaffVolunteerUiState.Content c) {
                publish(fresh.with(c.confirming() && fresh.canSuspend(), c.sending(), c.notice(), c.error(),
                        c.reasonError()));
            } else {
                publish(fresh.with(false, false, notice, null, null));
            }
        }, e -> publish(new StaffVolunteerUiState.Failed(messages.failure(e))));
    }

    StaffVolunteerUiState.Content content(VolunteerDetail d, Freshness f) {
        AccountStatus st = d.volunteer().status();
        Styles.Tone tone = switch (st) {
            case ACTIVE -> Styles.Tone.OK;
            case PENDING -> Styles.Tone.WARN;
            case SUSPENDED -> Styles.Tone.ERROR;
        };
        return new StaffVolunteerUiState.Content(d, f, messages.get("staff.volunteer.status", d.volunteer().statusName()),
                tone, st == AccountStatus.PENDING, st != AccountStatus.SUSPENDED, false, false, null, null, null);
    }

    private void failed(StaffVolunteerUiState.Content c, Throwable e) {
        publish(c.with(c.confirming(), false, null, messages.get("staff.action.failed", messages.failure(e)), null));
    }

    public void verify() {
        if (!(state() instanceof StaffVolunteerUiState.Content c) || !c.canVerify() || c.sending()) {
            return;
        }
        if (key == null) {
            key = UUID.randomUUID().toString();
        }
        publish(c.with(false, true, null, null, null));
        when(staff.verify(volunteerId, null, key), v -> {
            key = null;
            publish(new StaffVolunteerUiState.Loading(null));
            load(messages.get("staff.volunteer.verified", v.name()));
        }, e -> failed(c, e));
    }

    public void askToSuspend() {
        if (state() instanceof StaffVolunteerUiState.Content c && c.canSuspend() && !c.sending()) {
            publish(c.with(true, false, null, null, null));
        }
    }

    public void keep() {
        if (state() instanceof StaffVolunteerUiState.Content c && !c.sending()) {
            publish(c.with(false, false, c.notice(), null, null));
        }
    }

    public void confirmSuspend() {
        if (!(state() instanceof StaffVolunteerUiState.Content c) || !c.confirming() || c.sending()) {
            return;
        }
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty() || why.length() > StaffRequestViewModel.TEXT_MAX) {
            publish(c.with(true, false, null, null, why.isEmpty() ? messages.get("staff.reason.required")
                    : messages.get("staff.text.tooLong", StaffRequestViewModel.TEXT_MAX)));
            return;
        }
        if (key == null) {
            key = UUID.randomUUID().toString();
        }
        publish(c.with(true, true, null, null, null));
        when(staff.suspend(c.detail().volunteer().id(), why, key), a -> {
            key = null;
            reason.set("");
            publish(new StaffVolunteerUiState.Loading(null));
            load(messages.get("staff.volunteer.suspended", a.displayName()));
        }, e -> failed(c, e));
    }
}
