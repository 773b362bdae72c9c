package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.ComplaintStatus;
import cn.huzhong.care.core.domain.Town;

import java.time.OffsetDateTime;

/** A complaint about a volunteer's help, with what staff did about it once closed. */
public record ComplaintDto(long id, long taskId, long volunteerId, String volunteerName, long residentId,
                           String residentName, Town town, String body, ComplaintStatus status, String statusName,
                           OffsetDateTime createdAt, OffsetDateTime closedAt, String outcome) {
}
