package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.HelpKind;

import java.time.OffsetDateTime;

/**
 * {@code POST /api/v1/tasks}: staff create a help task for a resident, directly ({@code residentId}) or from a
 * service request ({@code requestId}; the resident is the request's). {@code needed} is what volunteers read before
 * accepting: it must not name the person, their phone number or address.
 */
public record CreateTask(Long residentId, Long requestId, HelpKind kind, String needed, OffsetDateTime windowStart,
                         OffsetDateTime windowEnd) {
}
