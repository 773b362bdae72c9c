package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.Town;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row of a staff member's application queue. The certificate number is masked. */
public record StaffSubsidyRow(long id, long residentId, String residentName, String certificateMasked, Town town,
                              BenefitKind kind, String name, ApplicationStep step, OffsetDateTime stepSince,
                              LocalDate expectedBy) {
}
