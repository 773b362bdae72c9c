package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.StaffRepository;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.ProviderSlot;
import cn.huzhong.care.core.api.PublishSlots;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.domain.TimeOfDay;
import cn.huzhong.care.core.time.Dates;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * Staff publish a provider's bookable times (F6 for staff): a day from the calendar, morning (from 9:00) or afternoon
 * (from 14:00), how many half-hour times in a row and how many people each; and withdraw a time nobody has booked
 * (a danger action, confirmed). The list shows the next two weeks, withdrawn and booked times included.
 */
public final class StaffSlotsViewModel extends ViewModel<StaffSlotsUiState> {
    public static final int DAYS = 14;
    public static final int MINUTES = 30;

    private final StringProperty date = new SimpleStringProperty("");
    private final ObjectProperty<TimeOfDay> timeOfDay = new SimpleObjectProperty<>(TimeOfDay.MORNING);
    private final StringProperty count = new SimpleStringProperty("4");
    private final StringProperty capacity = new SimpleStringProperty("2");
    private final ObjectProperty<Long> provider = new SimpleObjectProperty<>();
    private final StaffRepository staff;
    private final Messages messages;
    private final Clock clock;
    private String key;

    public StaffSlotsViewModel(StaffRepository staff, Messages messages, Clock clock, Executor ui) {
        super(new StaffSlotsUiState.Loading(), ui);
        this.staff = staff;
        this.messages = messages;
        this.clock = clock;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public ObjectProperty<TimeOfDay> timeOfDayProperty() {
        return timeOfDay;
    }

    public StringProperty countProperty() {
        return count;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public ObjectProperty<Long> providerProperty() {
        return provider;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.ZONE));
    }

    public void load() {
        publish(new StaffSlotsUiState.Loading());
        Object own = staff.ownTown();
        when(staff.providers().latest(), l -> {
            List<ProviderDto> mine = l.value().stream().filter(p -> own == null || p.town() == own).toList();
            if (mine.isEmpty()) {
                publish(new StaffSlotsUiState.Failed(messages.get("staff.slots.noProviders")));
                return;
            }
            ProviderDto first = mine.get(0);
            provider.set(first.id());
            publish(new StaffSlotsUiState.Showing(mine, first, null, null, false, null, null, null));
            slots(null);
        }, e -> publish(new StaffSlotsUiState.Failed(messages.failure(e))));
    }

    public void chooseProvider(Long id) {
        if (!(state() instanceof StaffSlotsUiState.Showing s) || s.sending() || id == null || s.provider().id() == id) {
            return;
        }
        ProviderDto p = s.providers().stream().filter(x -> x.id() == id).findFirst().orElse(s.provider());
        provider.set(p.id());
        publish(new StaffSlotsUiState.Showing(s.providers(), p, null, null, false, null, null, null));
        slots(null);
    }

    private void slots(String notice) {
        if (!(state() instanceof StaffSlotsUiState.Showing s)) {
            return;
        }
        when(staff.providerSlots(s.provider().id(), today(), DAYS), list -> {
            if (state() instanceof StaffSlotsUiState.Showing now && now.provider().id() == s.provider().id()) {
                publish(now.with(list.stream().map(this::slot).toList(), null, false, notice, null, null));
            }
        }, e -> {
            if (state() instanceof StaffSlotsUiState.Showing now) {
                publish(now.with(List.of(), null, false, null, messages.get("staff.action.failed", messages.failure(e)),
                        null));
            }
        });
    }

    StaffSlotsUiState.Slot slot(ProviderSlot p) {
        String places = p.withdrawn() ? messages.get("staff.slots.withdrawn")
                : messages.get("staff.slots.places", p.booked(), p.capacity());
        boolean future = p.startsAt().toInstant().isAfter(clock.instant());
        return new StaffSlotsUiState.Slot(p.id(), p.when(), messages.get("staff.slots.slot", p.when(), p.serviceName()), places,
                p.withdrawn(), !p.withdrawn() && p.booked() == 0 && future);
    }

    public void publishSlots() {
        if (!(state() instanceof StaffSlotsUiState.Showing s) || s.sending()) {
            return;
        }
        LocalDate day;
        try {
            day = date.get() == null || date.get().isBlank() ? null : LocalDate.parse(date.get());
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (day == null) {
            publish(s.with(s.slots(), null, false, null, null, messages.get("staff.taskForm.date.required")));
            return;
        }
        LocalTime from = timeOfDay.get() == TimeOfDay.AFTERNOON ? LocalTime.of(14, 0) : LocalTime.of(9, 0);
        OffsetDateTime start = day.atTime(from).atZone(Dates.ZONE).toOffsetDateTime();
        ServiceKind service = s.provider().services().isEmpty() ? ServiceKind.REHABILITATION
                : s.provider().services().get(0);
        PublishSlots publish = new PublishSlots(service, start, MINUTES, Integer.parseInt(capacity.get()),
                Integer.parseInt(count.get()));
        if (key == null) {
            key = UUID.randomUUID().toString();
        }
        publish(s.with(s.slots(), null, true, null, null, null));
        when(staff.publishSlots(s.provider().id(), publish, key), made -> {
            key = null;
            slots(messages.get("staff.slots.published", made.size(), messages.date(start.toLocalDate())));
        }, e -> publish(s.with(s.slots(), null, false, null, messages.get("staff.action.failed", messages.failure(e)),
                null)));
    }

    public void askToWithdraw(StaffSlotsUiState.Slot slot) {
        if (state() instanceof StaffSlotsUiState.Showing s && !s.sending() && slot.canWithdraw()) {
            publish(s.with(s.slots(), slot, false, null, null, null));
        }
    }

    public void keep() {
        if (state() instanceof StaffSlotsUiState.Showing s && !s.sending()) {
            publish(s.with(s.slots(), null, false, null, null, null));
        }
    }

    public void confirmWithdraw() {
        if (!(state() instanceof StaffSlotsUiState.Showing s) || s.withdrawing() == null || s.sending()) {
            return;
        }
        if (key == null) {
            key = UUID.randomUUID().toString();
        }
        publish(s.with(s.slots(), s.withdrawing(), true, null, null, null));
        when(staff.withdrawSlot(s.withdrawing().id(), key),
                p -> {
                    key = null;
                    slots(messages.get("staff.slots.withdrawnDone", p.when()));
                },
                e -> publish(s.with(s.slots(), s.withdrawing(), false, null,
                        messages.get("staff.action.failed", messages.failure(e)), null)));
    }
}
