package cn.huzhong.care.app.feature.subsidies;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.SubsidySummary;

import java.util.List;

/** The list of the person's subsidies. */
public sealed interface SubsidiesUiState extends ReadState {
    record Loading(String slowNote) implements SubsidiesUiState, ReadState.Waiting {
    }

    /** @param count how many, in words (or that there are none) */
    record Content(List<Row> items, String count, Freshness freshness) implements SubsidiesUiState, ReadState.Showing {
    }

    record Failed(String message) implements SubsidiesUiState, ReadState.Failing {
    }

    /**
     * One subsidy.
     *
     * @param status "状态：发放中", and its tone
     * @param next   what happens next, or null when nothing does
     * @param amount "每月 …"
     * @param spoken the whole row in one sentence
     */
    record Row(SubsidySummary item, String status, Styles.Tone tone, String next, String amount, String spoken) {
        public long id() {
            return item.id();
        }
    }
}
