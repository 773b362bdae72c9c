package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.BenefitPeriod;

import java.time.LocalDate;

/**
 * A benefit the person has or applied for, in plain words.
 *
 * @param statusText what the status means ("区残联正在审核" / "The district federation is reviewing it")
 * @param nextText   what happens next, and by when
 * @param expectedBy when the next step is expected (null when nothing is pending)
 */
public record SubsidySummary(long id, long residentId, BenefitKind kind, String name, ApplicationStep step,
                             String statusText, String nextText, LocalDate expectedBy, long amountFen,
                             BenefitPeriod period, String amountText, LocalDate submittedOn) {
}
