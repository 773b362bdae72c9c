package cn.huzhong.care.core.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One application in full: the summary, the step timeline, the payment history (newest first), and the
 * dates that matter next.
 *
 * @param reason        why it was rejected or suspended, if it was
 * @param nextPaymentBy the day the next monthly payment is due (paying only)
 * @param nextReviewOn  the next yearly review of eligibility (paying only)
 */
public record SubsidyDetail(SubsidySummary summary, List<TimelineEntry> timeline, List<PaymentDto> payments,
                            long totalPaidFen, LocalDate nextPaymentBy, LocalDate nextReviewOn, String reason) {
}
