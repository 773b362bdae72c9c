package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.core.api.SlotDay;
import cn.huzhong.care.core.api.SlotDto;

import java.time.LocalDate;
import java.util.List;

/** A provider's free slots for one week from {@code from}, by day. */
public sealed interface SlotsUiState extends ReadState {
    LocalDate from();

    record Loading(LocalDate from, String slowNote) implements SlotsUiState, ReadState.Waiting {
    }

    /**
     * @param intro   what the week holds, in words (or that it has no free time)
     * @param earlier an earlier week can be shown (the first is the one starting today)
     * @param later   a later week can be shown (slots are published four weeks ahead)
     */
    record Content(LocalDate from, List<Day> days, String intro, boolean earlier, boolean later, Freshness freshness)
            implements SlotsUiState, ReadState.Showing {
    }

    /** One day's free times. */
    record Day(SlotDay day, List<Slot> slots) {
    }

    /**
     * One free time.
     *
     * @param places the places left, in words ("只剩 1 个名额")
     * @param spoken the whole row in one sentence
     */
    record Slot(SlotDto slot, String places, String spoken) {
    }

    record Failed(LocalDate from, String message) implements SlotsUiState, ReadState.Failing {
    }
}
