package cn.huzhong.care.server.subsidies;

import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.BenefitPeriod;
import cn.huzhong.care.core.domain.Town;

import java.time.LocalDate;

/** A subsidy application as stored. Times are epoch milliseconds. */
public record ApplicationRow(long id, long residentId, long householdId, Town town, BenefitKind kind,
                             ApplicationStep step, long amountFen, BenefitPeriod period, long submittedAt,
                             long stepSince, String reason, String note, Long appliedBy, LocalDate nextReviewOn,
                             long updatedAt) {
}
