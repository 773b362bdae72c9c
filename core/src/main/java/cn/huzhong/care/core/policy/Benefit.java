package cn.huzhong.care.core.policy;

import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.BenefitPeriod;
import cn.huzhong.care.core.i18n.Text;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the policy table: a benefit as it stands between two dates. A yearly change of amount is a new
 * row with a new {@code effectiveFrom}, and the old row gets an {@code effectiveTo}.
 *
 * @param amountFen     amount in 分 per period (for a one-off benefit, the cap)
 * @param demoAmount    true where the amount is a demo figure, not a published one
 * @param effectiveFrom first day in force
 * @param effectiveTo   first day no longer in force, or null when open-ended
 */
public record Benefit(BenefitKind kind, Text name, Text description, long amountFen, BenefitPeriod period,
                      boolean demoAmount, LocalDate effectiveFrom, LocalDate effectiveTo, List<Clause> clauses) {

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
    }
}
