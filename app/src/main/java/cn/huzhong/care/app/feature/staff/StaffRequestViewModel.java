package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.StaffRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.RequestTransition;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.domain.RequestStatus;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * A service request for staff (F11): accept it, write the one-person plan, start and complete the service, or
 * turn it down with a reason (confirmed in a dialog); name the provider (chosen from a list); make a help task from
 * it for a volunteer.
 */
public final class StaffRequestViewModel extends ViewModel<StaffRequestUiState> {
    public static final int TEXT_MAX = 1000;

    private final StringProperty plan = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<Long> provider = new SimpleObjectProperty<>();
    private final StaffRepository staff;
    private final Navigator navigator;
    private final Messages messages;
    private final Destination.StaffRequest where;
    /** One key per attempt at an action, kept across retries after a lost answer. */
    private String key;
    private Object keyFor;

    public StaffRequestViewModel(Destination.StaffRequest where, StaffRepository staff, Navigator navigator,
                                 Messages messages, Clock clock, Executor ui) {
        super(new StaffRequestUiState.Loading(null), ui, messages, clock);
        this.where = where;
        this.staff = staff;
        this.navigator = navigator;
        this.messages = messages;
    }

    public StringProperty planProperty() {
        return plan;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<Long> providerProperty() {
        return provider;
    }

    public String residentName() {
        return where.residentName();
    }

    public void load() {
        read(staff.request(where.residentId(), where.requestId()), slow -> publish(new StaffRequestUiState.Loading(slow)),
                (d, f) -> {
                    if (state() instanceof StaffRequestUiState.Content c) {
                        publish(content(d, f, c.notice()).with(c.dialog(), c.sending(), c.providers(), c.notice(),
                                c.error(), c.planError(), c.reasonError()));
                    } else {
                        publish(content(d, f, null));
                    }
                }, e -> publish(new StaffRequestUiState.Failed(messages.failure(e))));
    }

    StaffRequestUiState.Content content(ServiceRequestDetail d, Freshness f, String notice) {
        RequestStatus st = d.summary().status();
        StaffRequestUiState.Move move = switch (st) {
            case SUBMITTED -> new StaffRequestUiState.Move(RequestStatus.ACCEPTED, messages.get("staff.request.accept"));
            case ACCEPTED -> new StaffRequestUiState.Move(RequestStatus.PLANNED, messages.get("staff.request.plan"));
            case PLANNED -> new StaffRequestUiState.Move(RequestStatus.IN_SERVICE, messages.get("staff.request.start"));
            case IN_SERVICE -> new StaffRequestUiState.Move(RequestStatus.COMPLETED, messages.get("staff.request.complete"));
            default -> null;
        };
        Styles.Tone tone = switch (st) {
            case COMPLETED, FOLLOWED_UP -> Styles.Tone.OK;
            case REJECTED -> Styles.Tone.ERROR;
            case CANCELLED -> Styles.Tone.WARN;
            default -> Styles.Tone.INFO;
        };
        String status = messages.get("staff.request.status", messages.core("requestStatus." + st + ".title"));
        return new StaffRequestUiState.Content(d, f, status, tone, messages.get("staff.request.guide." + st), move, st == RequestStatus.ACCEPTED,
                st.staffTargets().contains(RequestStatus.REJECTED), st.open(), StaffRequestUiState.Dialog.NONE, false,
                null, notice, null, null, null);
    }

    private String key(Object what) {
        if (key == null || !what.equals(keyFor)) {
            key = UUID.randomUUID().toString();
            keyFor = what;
        }
        return key;
    }

    private void sent(ServiceRequestDetail d, String notice) {
        key = null;
        reason.set("");
        publish(content(d, Freshness.fresh(clock().instant()), notice));
    }

    // ---- the next step ----

    public void moveOn() {
        if (!(state() instanceof StaffRequestUiState.Content c) || c.move() == null || c.sending()) {
            return;
        }
        String text = plan.get() == null ? "" : plan.get().strip();
        if (c.needsPlan() && text.isEmpty()) {
            publish(c.with(c.dialog(), false, c.providers(), null, null, messages.get("staff.request.plan.required"),
                    null));
            return;
        }
        if (text.length() > TEXT_MAX) {
            publish(c.with(c.dialog(), false, c.providers(), null, null, messages.get("staff.text.tooLong", TEXT_MAX),
                    null));
            return;
        }
        RequestStatus to = c.move().to();
        RequestTransition move = new RequestTransition(to, null, c.needsPlan() ? text : null, null);
        publish(c.with(StaffRequestUiState.Dialog.NONE, true, c.providers(), null, null, null, null));
        when(staff.transition(where.requestId(), move, key(to)),
                d -> sent(d, messages.get("staff.request.done." + to)),
                e -> publish(c.with(StaffRequestUiState.Dialog.NONE, false, c.providers(), null,
                        messages.get("staff.action.failed", messages.failure(e)), null, null)));
    }

    // ---- turning it down ----

    public void askToReject() {
        if (state() instanceof StaffRequestUiState.Content c && c.canReject() && !c.sending()) {
            publish(c.with(StaffRequestUiState.Dialog.REJECT, false, c.providers(), null, null, null, null));
        }
    }

    public void closeDialog() {
        if (state() instanceof StaffRequestUiState.Content c && !c.sending()) {
            publish(c.with(StaffRequestUiState.Dialog.NONE, false, c.providers(), c.notice(), null, null, null));
        }
    }

    public void confirmReject() {
        if (!(state() instanceof StaffRequestUiState.Content c) || c.dialog() != StaffRequestUiState.Dialog.REJECT
                || c.sending()) {
            return;
        }
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty() || why.length() > TEXT_MAX) {
            publish(c.with(c.dialog(), false, c.providers(), null, null, null, why.isEmpty()
                    ? messages.get("staff.reason.required") : messages.get("staff.text.tooLong", TEXT_MAX)));
            return;
        }
        publish(c.with(c.dialog(), true, c.providers(), null, null, null, null));
        when(staff.transition(where.requestId(), new RequestTransition(RequestStatus.REJECTED, null, null, why),
                        key(RequestStatus.REJECTED)),
                d -> sent(d, messages.get("staff.request.done.REJECTED")),
                e -> publish(c.with(c.dialog(), false, c.providers(), null,
                        messages.get("staff.action.failed", messages.failure(e)), null, null)));
    }

    // ---- the provider ----

    public void askForProvider() {
        if (!(state() instanceof StaffRequestUiState.Content c) || !c.open() || c.sending()) {
            return;
        }
        if (c.detail().provider() != null && provider.get() == null) {
            provider.set(c.detail().provider().id());
        }
        publish(c.with(StaffRequestUiState.Dialog.PROVIDER, false, c.providers(), null, null, null, null));
        if (c.providers() == null) {
            when(staff.providers().latest(), l -> {
                if (state() instanceof StaffRequestUiState.Content now) {
                    publish(now.with(now.dialog(), now.sending(), l.value(), now.notice(), now.error(), now.planError(),
                            now.reasonError()));
                }
            }, e -> {
                if (state() instanceof StaffRequestUiState.Content now) {
                    publish(now.with(now.dialog(), false, null, null,
                            messages.get("staff.action.failed", messages.failure(e)), null, null));
                }
            });
        }
    }

    public void confirmProvider() {
        if (!(state() instanceof StaffRequestUiState.Content c) || c.dialog() != StaffRequestUiState.Dialog.PROVIDER
                || c.sending()) {
            return;
        }
        Long id = provider.get();
        if (id == null) {
            publish(c.with(c.dialog(), false, c.providers(), null, null, null, messages.get("staff.choose.required")));
            return;
        }
        publish(c.with(c.dialog(), true, c.providers(), null, null, null, null));
        when(staff.assignProvider(where.requestId(), id, key("provider-" + id)), d -> {
            StaffRequestUiState.Content next = content(d, Freshness.fresh(clock().instant()),
                    messages.get("staff.request.provider.done", d.provider() == null ? "" : d.provider().name()));
            key = null;
            publish(next.with(StaffRequestUiState.Dialog.NONE, false, c.providers(), next.notice(), null, null, null));
        }, e -> publish(c.with(c.dialog(), false, c.providers(), null,
                messages.get("staff.action.failed", messages.failure(e)), null, null)));
    }

    // ---- help tasks ----

    public void newTask() {
        navigator.go(new Destination.StaffTaskForm(where.residentId(), where.requestId(), where.residentName()));
    }

    public void openTask(long taskId) {
        navigator.go(new Destination.StaffTask(taskId));
    }
}
