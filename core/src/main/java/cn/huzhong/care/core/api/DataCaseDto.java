package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.DataCaseKind;
import cn.huzhong.care.core.domain.DataCaseStatus;
import cn.huzhong.care.core.domain.Town;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A correction or deletion case and its answer. {@code done} lists what was corrected or deleted; {@code kept} what
 * the law requires the service to keep (subsidy payments, the certificate register…), each with why.
 */
public record DataCaseDto(long id, long residentId, String residentName, Town town, DataCaseKind kind, String kindName,
                          String details, DataCaseStatus status, String statusName, OffsetDateTime createdAt,
                          OffsetDateTime answeredAt, String answer, List<String> done, List<String> kept) {
}
