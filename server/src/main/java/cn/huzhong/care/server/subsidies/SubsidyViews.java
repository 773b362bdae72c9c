package cn.huzhong.care.server.subsidies;

import cn.huzhong.care.core.api.PaymentDto;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.api.TimelineEntry;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.BenefitPeriod;
import cn.huzhong.care.core.domain.Money;
import cn.huzhong.care.core.i18n.CoreMessages;
import cn.huzhong.care.core.i18n.Formats;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.policy.Benefit;
import cn.huzhong.care.core.policy.PolicyTable;
import cn.huzhong.care.core.time.Dates;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns stored applications into what a person reads: status in plain words, what happens next and by when,
 * the step timeline with expected dates, the payment history and the next payment.
 */
public final class SubsidyViews {
    /** Each review step is expected within 5 working days; the public notice lasts 5 working days. */
    public static final int WORKING_DAYS_PER_STEP = 5;
    /** Monthly payments are made by the 10th. */
    public static final int PAY_BY_DAY = 10;

    private final PolicyTable policy;

    public SubsidyViews(PolicyTable policy) {
        this.policy = policy;
    }

    static OffsetDateTime time(long epochMillis) {
        return Dates.time(epochMillis);
    }

    static LocalDate date(long epochMillis) {
        return Dates.day(epochMillis);
    }

    /** The benefit's name: from the row in force when the application was made, or the newest row. */
    public String name(BenefitKind kind, LocalDate on, Lang lang) {
        return policy.benefit(kind, on)
                .or(() -> policy.rows().stream().filter(b -> b.kind() == kind)
                        .max(Comparator.comparing(Benefit::effectiveFrom)))
                .map(b -> b.name().in(lang)).orElse(kind.name());
    }

    /** When the application's current step is expected to be done, or null when nothing is pending. */
    static LocalDate expectedBy(ApplicationRow a) {
        return a.step().inReview() ? Dates.addWorkingDays(date(a.stepSince()), WORKING_DAYS_PER_STEP) : null;
    }

    /**
     * The day the next payment is due: monthly benefits the 10th of this month, or of next month once this
     * month is paid;
     * yearly ones a year after the last payment; one-off ones nothing once paid.
     */
    static LocalDate nextPaymentBy(ApplicationRow a, List<SubsidyRepository.PaymentRow> payments, LocalDate today) {
        if (a.step() != ApplicationStep.PAYING) {
            return null;
        }
        YearMonth last = payments.stream().map(SubsidyRepository.PaymentRow::period).max(Comparator.naturalOrder()).orElse(null);
        return switch (a.period()) {
            case MONTHLY -> {
                // the payment for month M is due by the 10th of M; paid through this month → next month's
                YearMonth current = YearMonth.from(today);
                boolean upToDate = last != null && !last.isBefore(current);
                yield (upToDate ? current.plusMonths(1) : current).atDay(PAY_BY_DAY);
            }
            case YEARLY -> (last == null ? YearMonth.from(today) : last.plusYears(1)).atDay(PAY_BY_DAY);
            case ONE_OFF -> last == null ? YearMonth.from(today).atDay(PAY_BY_DAY) : null;
        };
    }

    public SubsidySummary summary(ApplicationRow a, List<SubsidyRepository.PaymentRow> payments, LocalDate today,
                                  Lang lang) {
        LocalDate expected = expectedBy(a);
        LocalDate nextPayment = nextPaymentBy(a, payments, today);
        String next = switch (a.step()) {
            case REJECTED, SUSPENDED -> CoreMessages.get(lang, "step." + a.step() + ".next",
                    a.reason() == null ? "—" : a.reason());
            case PAYING -> nextPayment == null ? "" : CoreMessages.get(lang, "step.PAYING.next", Formats.date(nextPayment, lang));
            default -> CoreMessages.get(lang, "step." + a.step() + ".next", Formats.date(expected, lang));
        };
        if (expected != null && expected.isBefore(today)) {
            next = next + " " + CoreMessages.get(lang, "step.overdue");
        }
        LocalDate submitted = date(a.submittedAt());
        return new SubsidySummary(a.id(), a.residentId(), a.kind(), name(a.kind(), submitted, lang), a.step(),
                CoreMessages.get(lang, "step." + a.step() + ".status"), next,
                a.step() == ApplicationStep.PAYING ? nextPayment : expected, a.amountFen(), a.period(),
                amountText(a.amountFen(), a.period(), lang), submitted);
    }

    public static String amountText(long fen, BenefitPeriod period, Lang lang) {
        return CoreMessages.get(lang, "amount.perPeriod", Money.format(fen, lang), CoreMessages.get(lang, "period." + period));
    }

    public SubsidyDetail detail(ApplicationRow a, List<SubsidyRepository.EventRow> events,
                                List<SubsidyRepository.PaymentRow> payments, LocalDate today, Lang lang) {
        SubsidySummary summary = summary(a, payments, today, lang);
        List<TimelineEntry> timeline = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            SubsidyRepository.EventRow e = events.get(i);
            boolean last = i == events.size() - 1;
            String state = !last ? "DONE"
                    : switch (e.step()) {
                        case REJECTED -> "REJECTED";
                        case SUSPENDED -> "SUSPENDED";
                        default -> "CURRENT";
                    };
            timeline.add(new TimelineEntry(e.step(), title(e.step(), lang), state, time(e.at()),
                    last ? summary.expectedBy() : null, e.note(),
                    CoreMessages.get(lang, "step.by." + e.actorKind())));
        }
        if (a.step().inReview()) {
            LocalDate expected = expectedBy(a);
            int from = ApplicationStep.PATH.indexOf(a.step()) + 1;
            for (int i = from; i < ApplicationStep.PATH.size(); i++) {
                ApplicationStep s = ApplicationStep.PATH.get(i);
                timeline.add(new TimelineEntry(s, title(s, lang), "UPCOMING", null, expected, null, null));
                expected = Dates.addWorkingDays(expected, WORKING_DAYS_PER_STEP);
            }
        }
        List<PaymentDto> paid = payments.stream()
                .map(p -> new PaymentDto(p.period().toString(), p.amountFen(), p.paidOn())).toList();
        long total = payments.stream().mapToLong(SubsidyRepository.PaymentRow::amountFen).sum();
        boolean paying = a.step() == ApplicationStep.PAYING;
        return new SubsidyDetail(summary, timeline, paid, total, paying ? summary.expectedBy() : null,
                paying || a.step() == ApplicationStep.SUSPENDED ? a.nextReviewOn() : null, a.reason());
    }

    static String title(ApplicationStep s, Lang lang) {
        return CoreMessages.get(lang, "step." + s + ".title");
    }
}
