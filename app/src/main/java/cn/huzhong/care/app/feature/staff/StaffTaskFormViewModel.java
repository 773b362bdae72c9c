package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.StaffRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.CreateTask;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.TimeOfDay;
import cn.huzhong.care.core.time.Dates;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * A help task made from a service request: the kind of help (chosen), what the volunteer should know (never the
 * person's name, phone or address: volunteers read it before accepting), the day from a calendar and morning
 * (9–11) or afternoon (14–16). Once made, the task opens, to be given to a volunteer.
 */
public final class StaffTaskFormViewModel extends ViewModel<StaffTaskFormUiState> {
    public static final int NEEDED_MAX = 500;

    private final StringProperty needed = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final ObjectProperty<TimeOfDay> timeOfDay = new SimpleObjectProperty<>(TimeOfDay.MORNING);
    private final Destination.StaffTaskForm where;
    private final StaffRepository staff;
    private final Navigator navigator;
    private final Messages messages;
    private String key;

    public StaffTaskFormViewModel(Destination.StaffTaskForm where, StaffRepository staff, Navigator navigator,
                                  Messages messages, Executor ui) {
        super(new StaffTaskFormUiState.Editing(where.residentName(), null, false, null, null, null, null), ui);
        this.where = where;
        this.staff = staff;
        this.navigator = navigator;
        this.messages = messages;
    }

    public StringProperty neededProperty() {
        return needed;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public ObjectProperty<TimeOfDay> timeOfDayProperty() {
        return timeOfDay;
    }

    private StaffTaskFormUiState.Editing editing() {
        return (StaffTaskFormUiState.Editing) state();
    }

    public void chooseKind(HelpKind kind) {
        StaffTaskFormUiState.Editing e = editing();
        publish(new StaffTaskFormUiState.Editing(e.residentName(), kind, e.sending(), null, e.neededError(),
                e.dateError(), null));
    }

    public void send() {
        StaffTaskFormUiState.Editing e = editing();
        if (e.sending()) {
            return;
        }
        String text = needed.get() == null ? "" : needed.get().strip();
        String kindError = e.kind() == null ? messages.get("staff.choose.required") : null;
        String neededError = text.isEmpty() ? messages.get("staff.taskForm.needed.required")
                : text.length() > NEEDED_MAX ? messages.get("staff.text.tooLong", NEEDED_MAX) : null;
        LocalDate day = null;
        try {
            day = date.get() == null || date.get().isBlank() ? null : LocalDate.parse(date.get());
        } catch (DateTimeParseException ex) {
            day = null;
        }
        String dateError = day == null ? messages.get("staff.taskForm.date.required") : null;
        if (kindError != null || neededError != null || dateError != null) {
            publish(new StaffTaskFormUiState.Editing(e.residentName(), e.kind(), false, kindError, neededError,
                    dateError, null));
            return;
        }
        LocalTime from = timeOfDay.get() == TimeOfDay.AFTERNOON ? LocalTime.of(14, 0) : LocalTime.of(9, 0);
        OffsetDateTime start = day.atTime(from).atZone(Dates.ZONE).toOffsetDateTime();
        CreateTask task = new CreateTask(null, where.requestId(), e.kind(), text, start, start.plusHours(2));
        if (key == null) {
            key = UUID.randomUUID().toString();
        }
        publish(new StaffTaskFormUiState.Editing(e.residentName(), e.kind(), true, null, null, null, null));
        when(staff.createTask(task, key), t -> {
            key = null;
            navigator.replace(new Destination.StaffTask(t.id()));
        }, ex -> {
            String neededFromServer = ex instanceof ApiFailure.Invalid inv ? inv.messageFor("needed").orElse(null) : null;
            publish(new StaffTaskFormUiState.Editing(e.residentName(), e.kind(), false, null, neededFromServer, null,
                    neededFromServer != null ? null : messages.get("staff.action.failed", messages.failure(ex))));
        });
    }
}
