package cn.huzhong.care.app.feature.subsidies;

import cn.huzhong.care.app.data.SubsidyRepository;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.PaymentDto;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.domain.Money;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Executor;

/** One subsidy: status, next step and by when, the step timeline, payments as a list and a chart. */
public final class SubsidyDetailViewModel extends ViewModel<SubsidyDetailUiState> {
    /** The chart shows the most recent payments, at most this many. */
    public static final int CHART_MONTHS = 12;

    private final SubsidyRepository subsidies;
    private final Messages messages;
    private final long subsidyId;

    public SubsidyDetailViewModel(SubsidyRepository subsidies, Messages messages, long subsidyId, Executor ui) {
        super(new SubsidyDetailUiState.Loading(), ui);
        this.subsidies = subsidies;
        this.messages = messages;
        this.subsidyId = subsidyId;
    }

    public void load() {
        publish(new SubsidyDetailUiState.Loading());
        when(subsidies.subsidy(subsidyId),
                l -> publish(new SubsidyDetailUiState.Content(l.value(), l.savedAt(), l.fromCache(),
                        chartSummary(l.value()))),
                e -> publish(new SubsidyDetailUiState.Failed(messages.failure(e))));
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
