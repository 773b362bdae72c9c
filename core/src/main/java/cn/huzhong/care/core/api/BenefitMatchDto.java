package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.BenefitPeriod;

/** A benefit the person probably qualifies for, with the reason in plain words. */
public record BenefitMatchDto(BenefitKind kind, String name, String description, String reason, long amountFen,
                              BenefitPeriod period, String amountText, boolean demoAmount) {
}
