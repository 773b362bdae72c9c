package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.Town;

import java.time.OffsetDateTime;

/**
 * One entry of the audit trail (F13): who did what to which record, when, and the state before and after (small
 * JSON objects; null before = created).
 */
public record AuditEntryDto(long id, OffsetDateTime at, Long actorAccountId, String actorName, Role actorRole,
                            String action, String entity, Long entityId, Long residentId, String residentName, Town town,
                            String before, String after) {
}
