package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.ApplicationStep;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One step of an application's timeline: done (with when and by whom), current, or upcoming (with the date
 * it is expected by).
 *
 * @param state DONE, CURRENT, UPCOMING, REJECTED or SUSPENDED
 * @param by    the office that acted ("呼中镇办事处"), never a staff member's name
 */
public record TimelineEntry(ApplicationStep step, String title, String state, OffsetDateTime at,
                            LocalDate expectedBy, String note, String by) {
}
