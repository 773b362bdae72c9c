package cn.huzhong.care.app.feature.volunteer;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.VolunteerRepository;
import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.core.validation.Violation;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One help task for a volunteer (F10). Open: only its town, time, kind and what is needed, and accepting it (asked to
 * confirm first; when another volunteer won it, said plainly). Accepted: the person's name, phone and address, checking
 * in (from an hour before the start), withdrawing before the start (confirmed, as it hands the task back). Checked in:
 * completing it with a note and the hours, in quarter hours. Completed: the hours recorded.
 */
public final class TaskDetailViewModel extends ViewModel<TaskDetailUiState> {
    public static final int NOTE_MIN = 2;
    public static final int NOTE_MAX = 500;
    /** Hours are chosen in quarter hours, from a quarter to twelve hours. */
    public static final int MIN_QUARTERS = 1;
    public static final int MAX_QUARTERS = 48;

    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty quarters = new SimpleStringProperty("");
    private final VolunteerRepository volunteers;
    private final Navigator navigator;
    private final BiConsumer<String, String> call;
    private final Messages messages;
    private final long taskId;
    /** One key per action, kept while it is retried after a lost answer. */
    private String key;
    private String keyFor;

    /** @param call dials a number ({@code name}, {@code number}) through the app's call sheet */
    public TaskDetailViewModel(long taskId, VolunteerRepository volunteers, Navigator navigator,
                               BiConsumer<String, String> call, Messages messages, Clock clock, Executor ui) {
        super(new TaskDetailUiState.Loading(null), ui, messages, clock);
        this.taskId = taskId;
        this.volunteers = volunteers;
        this.navigator = navigator;
        this.call = call;
        this.messages = messages;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The hours as a count of quarter hours, in digits (the kit's stepper). */
    public StringProperty quartersProperty() {
        return quarters;
    }

    public void load() {
        read(volunteers.task(taskId), slow -> publish(new TaskDetailUiState.Loading(slow)), (t, freshness) -> {
            if (state() instanceof TaskDetailUiState.Content c && c.sending()) {
                return;
            }
            show(t, freshness, state() instanceof TaskDetailUiState.Content c ? c.notice() : null);
        }, e -> publish(gone(e) ? new TaskDetailUiState.Taken(messages.get("volunteer.task.gone"))
                : new TaskDetailUiState.Failed(messages.failure(e))));
    }

    private void show(TaskDto t, Freshness freshness, String notice) {
        if (quarters.get() == null || quarters.get().isBlank()) {
            long minutes = Duration.between(t.windowStart(), t.windowEnd()).toMinutes();
            quarters.set(Integer.toString((int) Math.max(MIN_QUARTERS, Math.min(MAX_QUARTERS, minutes / 15))));
        }
        publish(new TaskDetailUiState.Content(t, freshness, messages.get("volunteer.task.status", t.statusName()), notice,
                null, null, null, TaskDetailUiState.Dialog.NONE, false));
    }

    private static boolean gone(Throwable e) {
        return e instanceof ApiFailure.Rejected r && (r.status() == 404 || r.status() == 409);
    }

    // ---- accepting ----

    public void askToAccept() {
        if (state() instanceof TaskDetailUiState.Content c && c.task().status() == cn.huzhong.care.core.domain.TaskStatus.OPEN
                && !c.sending()) {
            publish(c.with(null, null, null, null, TaskDetailUiState.Dialog.ACCEPT, false));
        }
    }

    public void askToWithdraw() {
        if (state() instanceof TaskDetailUiState.Content c && c.task().canWithdraw() && !c.sending()) {
            publish(c.with(null, null, null, null, TaskDetailUiState.Dialog.WITHDRAW, false));
        }
    }

    /** Closes the open confirmation as its safe choice does. */
    public void keep() {
        if (state() instanceof TaskDetailUiState.Content c && !c.sending()) {
            publish(c.with(c.notice(), null, null, null, TaskDetailUiState.Dialog.NONE, false));
        }
    }

    public void confirmAccept() {
        if (state() instanceof TaskDetailUiState.Content c && c.dialog() == TaskDetailUiState.Dialog.ACCEPT) {
            act(c, "accept", k -> volunteers.accept(taskId, k), t -> messages.get("volunteer.task.accepted"), true);
        }
    }

    public void confirmWithdraw() {
        if (state() instanceof TaskDetailUiState.Content c && c.dialog() == TaskDetailUiState.Dialog.WITHDRAW) {
            act(c, "withdraw", k -> volunteers.withdraw(taskId, k), t -> messages.get("volunteer.task.withdrawn"), false);
        }
    }

    public void checkIn() {
        if (state() instanceof TaskDetailUiState.Content c && c.task().canCheckIn() && !c.sending()) {
            act(c, "check-in", k -> volunteers.checkIn(taskId, k), t -> messages.get("volunteer.task.checkedIn"), false);
        }
    }

    public void complete() {
        if (!(state() instanceof TaskDetailUiState.Content c) || !c.task().canComplete() || c.sending()) {
            return;
        }
        String text = note.get() == null ? "" : note.get().strip();
        List<Violation> v = Validators.start().text("note", text, NOTE_MIN, NOTE_MAX).violations();
        String noteError = v.isEmpty() ? null : v.get(0).message(messages.lang());
        Integer q = parse(quarters.get());
        String hoursError = q == null || q < MIN_QUARTERS || q > MAX_QUARTERS
                ? messages.core("validation.quarterHours", 0.25, 12) : null;
        if (noteError != null || hoursError != null) {
            publish(c.with(null, null, noteError, hoursError, TaskDetailUiState.Dialog.NONE, false));
            return;
        }
        double hours = q / 4.0;
        act(c, "complete", k -> volunteers.complete(taskId, text, hours, k),
                t -> messages.get("volunteer.task.completed", TaskTexts.hours(messages, hours)), false);
    }

    private static Integer parse(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void act(TaskDetailUiState.Content c, String what, Function<String, CompletableFuture<TaskDto>> action,
                     Function<TaskDto, String> done, boolean accepting) {
        if (key == null || !what.equals(keyFor)) {
            key = UUID.randomUUID().toString();
            keyFor = what;
        }
        publish(c.with(null, null, null, null, c.dialog(), true));
        when(action.apply(key), t -> {
            key = null;
            show(t, Freshness.fresh(clock().instant()), done.apply(t));
        }, e -> {
            if (accepting && e instanceof ApiFailure.Rejected r && r.status() == 409) {
                key = null;
                publish(new TaskDetailUiState.Taken(messages.get("volunteer.task.taken")));
                return;
            }
            String error = e instanceof ApiFailure.Invalid invalid
                    ? invalid.messageFor("note").or(() -> invalid.messageFor("hours")).orElse(messages.failure(e))
                    : messages.failure(e);
            publish(c.with(null, messages.get("volunteer.task.failed", error), null, null, c.dialog(), false));
        });
    }

    /** Calls the person helped (once the task is the volunteer's). */
    public void callPerson() {
        if (state() instanceof TaskDetailUiState.Content c && c.task().person() != null && c.task().person().phone() != null) {
            call.accept(c.task().person().name(), c.task().person().phone());
        }
    }

    /** Back to the open tasks (read again there). */
    public void backToList() {
        if (!navigator.back()) {
            navigator.resetTo(new cn.huzhong.care.app.shell.Destination.Home());
        }
    }
}
