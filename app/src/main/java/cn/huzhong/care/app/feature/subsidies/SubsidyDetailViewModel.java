package cn.huzhong.care.app.feature.subsidies;

import cn.huzhong.care.app.data.SubsidyRepository;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.PaymentDto;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.TimelineEntry;
import cn.huzhong.care.core.domain.Money;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/** One subsidy: status, next step and by when, the step timeline, payments as a list and a chart. */
public final class SubsidyDetailViewModel extends ViewModel<SubsidyDetailUiState> {
    /** The chart shows the most recent payments, at most this many. */
    public static final int CHART_MONTHS = 12;

    private final SubsidyRepository subsidies;
    private final Messages messages;
    private final long subsidyId;

    public SubsidyDetailViewModel(SubsidyRepository subsidies, Messages messages, long subsidyId, Clock clock,
                                  Executor ui) {
        super(new SubsidyDetailUiState.Loading(null), ui, messages, clock);
        this.subsidies = subsidies;
        this.messages = messages;
        this.subsidyId = subsidyId;
    }

    public void load() {
        read(subsidies.subsidy(subsidyId),
                slow -> publish(new SubsidyDetailUiState.Loading(slow)),
                (d, freshness) -> {
                    String step = messages.core("step." + d.summary().step().name() + ".title");
                    publish(new SubsidyDetailUiState.Content(d, freshness, messages.get("subsidies.row.status", step),
                            StepTone.of(d.summary().step()), timeline(d), chartSummary(d)));
                },
                e -> publish(new SubsidyDetailUiState.Failed(messages.failure(e))));
    }

    /** Each step of the timeline with its state in words, its mark and when. */
    List<SubsidyDetailUiState.Step> timeline(SubsidyDetail d) {
        List<SubsidyDetailUiState.Step> out = new ArrayList<>();
        int n = 1;
        for (TimelineEntry e : d.timeline() == null ? List.<TimelineEntry>of() : d.timeline()) {
            SubsidyDetailUiState.Mark mark = mark(e.state());
            Styles.Tone tone = switch (mark) {
                case DONE -> Styles.Tone.OK;
                case REJECTED -> Styles.Tone.ERROR;
                case SUSPENDED -> Styles.Tone.WARN;
                case CURRENT, PENDING -> Styles.Tone.INFO;
            };
            String when = e.at() != null ? messages.get("subsidy.timeline.at", messages.dateTime(e.at().toInstant()))
                    : e.expectedBy() != null ? messages.get("subsidy.timeline.expected", messages.date(e.expectedBy()))
                    : null;
            out.add(new SubsidyDetailUiState.Step(e, messages.get("subsidy.timeline.step", n++, e.title()),
                    messages.core("timeline.state." + e.state()), mark, tone, when));
        }
        return List.copyOf(out);
    }

    /** The server names a step's state in a word of the API ("DONE", "CURRENT"…); anything else is still to come. */
    static SubsidyDetailUiState.Mark mark(String state) {
        if (state == null) {
            return SubsidyDetailUiState.Mark.PENDING;
        }
        return switch (state) {
            case "DONE" -> SubsidyDetailUiState.Mark.DONE;
            case "CURRENT" -> SubsidyDetailUiState.Mark.CURRENT;
            case "REJECTED" -> SubsidyDetailUiState.Mark.REJECTED;
            case "SUSPENDED" -> SubsidyDetailUiState.Mark.SUSPENDED;
            default -> SubsidyDetailUiState.Mark.PENDING;
        };
    }

    /** The payments the chart shows, oldest first. */
    public static List<PaymentDto> chartPayments(SubsidyDetail d) {
        List<PaymentDto> newestFirst = d.payments() == null ? List.of() : d.payments();
        List<PaymentDto> recent = newestFirst.subList(0, Math.min(CHART_MONTHS, newestFirst.size()));
        List<PaymentDto> oldestFirst = new java.util.ArrayList<>(recent);
        java.util.Collections.reverse(oldestFirst);
        return List.copyOf(oldestFirst);
    }

    /** What the chart shows, in one sentence a screen reader can read. */
    String chartSummary(SubsidyDetail d) {
        List<PaymentDto> shown = chartPayments(d);
        if (shown.isEmpty()) {
            return messages.get("subsidy.chart.empty");
        }
        long total = shown.stream().mapToLong(PaymentDto::amountFen).sum();
        long min = shown.stream().mapToLong(PaymentDto::amountFen).min().orElse(0);
        long max = shown.stream().mapToLong(PaymentDto::amountFen).max().orElse(0);
        String from = month(shown.get(0).period());
        String to = month(shown.get(shown.size() - 1).period());
        String range = min == max ? messages.get("subsidy.chart.same", Money.format(min, messages.lang()))
                : messages.get("subsidy.chart.range", Money.format(min, messages.lang()), Money.format(max, messages.lang()));
        return messages.get("subsidy.chart.summary", from, to, shown.size(), Money.format(total, messages.lang()), range);
    }

    String month(String period) {
        try {
            return cn.huzhong.care.core.i18n.Formats.month(YearMonth.parse(period), messages.lang());
        } catch (java.time.format.DateTimeParseException e) {
            return period;
        }
    }
}
