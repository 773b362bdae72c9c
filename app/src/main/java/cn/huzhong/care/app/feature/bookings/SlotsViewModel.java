package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.data.BookingRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.SlotDay;
import cn.huzhong.care.core.api.SlotDto;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.time.Dates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * A provider's free slots (F6), a week at a time, as a list grouped by day (it reads well aloud); choosing one
 * leads to the confirmation. When moving a booking, its own slot is left out.
 */
public final class SlotsViewModel extends ViewModel<SlotsUiState> {
    /** One week at a time: short enough to listen to, long enough to find a day. */
    public static final int DAYS = 7;
    /** Slots are published four weeks ahead. */
    public static final int WEEKS_AHEAD = 4;

    private final ServiceKind service;
    private final ProviderDto provider;
    private final BookingDto rescheduling;
    private final BookingRepository bookings;
    private final Navigator navigator;
    private final Messages messages;
    private final Clock clock;

    public SlotsViewModel(ServiceKind service, ProviderDto provider, BookingDto rescheduling, BookingRepository bookings,
                          Navigator navigator, Messages messages, Clock clock, Executor ui) {
        super(new SlotsUiState.Loading(LocalDate.now(clock.withZone(Dates.ZONE)), null), ui, messages, clock);
        this.service = service;
        this.provider = provider;
        this.rescheduling = rescheduling;
        this.bookings = bookings;
        this.navigator = navigator;
        this.messages = messages;
        this.clock = clock;
    }

    public ProviderDto provider() {
        return provider;
    }

    public BookingDto rescheduling() {
        return rescheduling;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.ZONE));
    }

    public void load() {
        show(state().from());
    }

    private void show(LocalDate from) {
        // a newer week's read drops the late answers of the one before
        read(bookings.slots(service, provider.id(), from, DAYS),
                slow -> publish(new SlotsUiState.Loading(from, slow)),
                (days, freshness) -> publish(content(from, withoutOwnSlot(days), freshness)),
                e -> publish(new SlotsUiState.Failed(from, messages.failure(e))));
    }

    private SlotsUiState.Content content(LocalDate from, List<SlotDay> days, cn.huzhong.care.app.shell.Freshness freshness) {
        String date = messages.date(from);
        String intro = days.isEmpty() ? messages.get("slots.empty.text", date)
                : messages.get(rescheduling == null ? "slots.intro.text" : "slots.intro.reschedule", date);
        List<SlotsUiState.Day> shown = days.stream().map(d -> new SlotsUiState.Day(d, d.slots().stream().map(s -> {
            String places = BookingTexts.places(s.placesLeft(), messages);
            return new SlotsUiState.Slot(s, places, messages.get("slots.row.spoken", d.dateText(), s.timeText(), places));
        }).toList())).toList();
        return new SlotsUiState.Content(from, shown, intro, from.isAfter(today()), hasLater(from), freshness);
    }

    /** The slot of the booking being moved is not a place to move it to. */
    private List<SlotDay> withoutOwnSlot(List<SlotDay> days) {
        if (rescheduling == null) {
            return days;
        }
        List<SlotDay> out = new ArrayList<>();
        for (SlotDay d : days) {
            List<SlotDto> slots = d.slots().stream().filter(s -> !(s.providerId() == rescheduling.provider().id()
                    && s.startsAt().toInstant().equals(rescheduling.startsAt().toInstant()))).toList();
            if (!slots.isEmpty()) {
                out.add(new SlotDay(d.date(), d.dateText(), slots));
            }
        }
        return out;
    }

    public boolean hasLater() {
        return hasLater(state().from());
    }

    private boolean hasLater(LocalDate from) {
        return from.plusDays(DAYS).isBefore(today().plusWeeks(WEEKS_AHEAD));
    }

    public void later() {
        if (hasLater()) {
            show(state().from().plusDays(DAYS));
        }
    }

    public void earlier() {
        LocalDate from = state().from().minusDays(DAYS);
        show(from.isBefore(today()) ? today() : from);
    }

    public void choose(SlotDto slot) {
        navigator.go(new Destination.BookSlot(slot, provider, rescheduling));
    }
}
