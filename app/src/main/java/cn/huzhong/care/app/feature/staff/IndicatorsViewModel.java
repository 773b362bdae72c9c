package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.StaffRepository;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.IndicatorDto;
import cn.huzhong.care.core.api.IndicatorReport;
import cn.huzhong.care.core.api.IndicatorSet;
import cn.huzhong.care.core.domain.Town;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * The plan's indicators (F12) for staff: the staff member's town and the district (district staff: every town, or
 * one). Each indicator is a bar (its share, or for home modifications the households against the target) with the
 * target marked, and the same facts as a sentence, so a screen-reader user learns what the chart shows.
 */
public final class IndicatorsViewModel extends ViewModel<IndicatorsUiState> {
    private final StaffRepository staff;
    private final Messages messages;
    private final boolean district;
    private Town town;

    public IndicatorsViewModel(StaffRepository staff, Messages messages, Clock clock, Executor ui) {
        super(new IndicatorsUiState.Loading(null), ui, messages, clock);
        this.staff = staff;
        this.messages = messages;
        this.district = staff.ownTown() == null;
    }

    public void load() {
        Town chosen = town;
        read(staff.indicators(chosen), slow -> publish(new IndicatorsUiState.Loading(slow)),
                (r, f) -> publish(new IndicatorsUiState.Content(messages.get("indicators.asOf", messages.date(r.asOf())),
                        district, chosen, scopes(r), f)),
                e -> publish(new IndicatorsUiState.Failed(messages.failure(e))));
    }

    public void chooseTown(String code) {
        Town t = StaffTowns.town(code);
        if (!district || java.util.Objects.equals(t, town)) {
            return;
        }
        town = t;
        load();
    }

    List<IndicatorsUiState.Scope> scopes(IndicatorReport r) {
        List<IndicatorsUiState.Scope> out = new ArrayList<>();
        for (IndicatorSet set : r.sets()) {
            List<IndicatorsUiState.Bar> bars = set.indicators().stream().map(this::bar).toList();
            List<String> parts = bars.stream().map(b -> messages.get("indicators.chart.part", b.name(), b.value()))
                    .toList();
            out.add(new IndicatorsUiState.Scope(set.scopeName(), messages.get("indicators.chart.summary",
                    set.scopeName(), String.join(messages.get("staff.join"), parts)), bars));
        }
        return List.copyOf(out);
    }

    IndicatorsUiState.Bar bar(IndicatorDto d) {
        double share;
        Double target;
        String value;
        if (d.targetCount() != null) {
            // a count against a number of households: the bar is the count's share of the target
            share = d.targetCount() <= 0 ? 0 : Math.min(1, (double) d.numerator() / d.targetCount());
            target = 1.0;
            value = messages.get("indicators.value.count", d.numerator(), d.targetCount());
        } else {
            share = d.percent() == null ? 0 : Math.max(0, Math.min(1, d.percent() / 100));
            target = d.targetPercent() == null ? null : d.targetPercent() / 100.0;
            value = d.percent() == null ? messages.get("indicators.value.none")
                    : messages.get("indicators.value.percent", String.format(Locale.ROOT, "%.1f", d.percent()));
        }
        String sentence = d.text() != null && !d.text().isBlank() ? d.text() : d.name() + " " + value;
        return new IndicatorsUiState.Bar(d.code().name(), d.name(), share, target, value, sentence, d.met());
    }
}
