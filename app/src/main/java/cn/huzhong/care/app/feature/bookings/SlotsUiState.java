package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.core.api.SlotDay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A provider's free slots for one week from {@code from}, by day. */
public sealed interface SlotsUiState {
    LocalDate from();

    record Loading(LocalDate from) implements SlotsUiState {
    }

    /** @param earlier an earlier week can be shown (the first is the one starting today) */
    record Content(LocalDate from, List<SlotDay> days, boolean earlier, Instant savedAt, boolean fromCache)
            implements SlotsUiState {
    }

    record Failed(LocalDate from, String message) implements SlotsUiState {
    }
}
