package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.core.domain.Town;

import java.util.List;

/** The plan's indicators (专栏1): per town and district-wide, each as a bar and as a sentence. */
public sealed interface IndicatorsUiState extends ReadState {
    record Loading(String slowNote) implements IndicatorsUiState, ReadState.Waiting {
    }

    /**
     * @param asOf     "截至 2026年12月1日" / "As of 1 December 2026"
     * @param district the staff member may choose a town
     * @param town     the town chosen (district staff), or null
     */
    record Content(String asOf, boolean district, Town town, List<Scope> scopes, Freshness freshness)
            implements IndicatorsUiState, ReadState.Showing {
    }

    record Failed(String message) implements IndicatorsUiState, ReadState.Failing {
    }

    /**
     * One town, or the district: its chart in one sentence (the chart's text alternative, for a screen reader) and
     * its indicators.
     */
    record Scope(String name, String chartSummary, List<Bar> bars) {
    }

    /**
     * One indicator as the chart draws it and as words say it.
     *
     * @param share    how full its bar is, 0–1 (the share, or the count against its target)
     * @param target   where the target mark sits, 0–1, or null (no target)
     * @param value    the figure beside the bar ("72.5%", "12 户")
     * @param sentence the indicator in words: value, numerator over denominator, target, met or not
     * @param met      whether the target is met (null: no target)
     */
    record Bar(String code, String name, double share, Double target, String value, String sentence, Boolean met) {
    }
}
