package cn.huzhong.care.core.api;

import java.time.LocalDate;
import java.util.List;

/** Free slots of one day, in time order: a list, not a grid, so it reads well aloud. */
public record SlotDay(LocalDate date, String dateText, List<SlotDto> slots) {
}
