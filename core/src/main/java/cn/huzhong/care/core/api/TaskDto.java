package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.TaskStatus;
import cn.huzhong.care.core.domain.Town;

import java.time.OffsetDateTime;

/**
 * A help task. What is filled depends on who reads it: {@code person} (name, phone, address) for the volunteer who
 * holds the task and for staff; {@code volunteerName} is the volunteer's first name only for the person helped and
 * the full name for staff; {@code volunteerId} only for staff. The {@code can…} flags say what the reader may do now.
 *
 * @param hours the volunteer hours recorded at completion
 */
public record TaskDto(long id, Town town, String townName, HelpKind kind, String kindName, OffsetDateTime windowStart,
                      OffsetDateTime windowEnd, String when, String needed, TaskStatus status, String statusName,
                      TaskPerson person, Long volunteerId, String volunteerName, Long requestId, Double hours,
                      String completionNote, Integer rating, String ratingComment, OffsetDateTime acceptedAt,
                      OffsetDateTime checkedInAt, OffsetDateTime completedAt, boolean canCheckIn, boolean canComplete,
                      boolean canWithdraw, boolean canRate, boolean canComplain) {
}
