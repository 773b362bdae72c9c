package cn.huzhong.care.app.feature.subsidies;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.TimelineEntry;

import java.util.List;

/** One subsidy in full. */
public sealed interface SubsidyDetailUiState extends ReadState {
    record Loading(String slowNote) implements SubsidyDetailUiState, ReadState.Waiting {
    }

    /**
     * @param status       "状态：发放中", and its tone
     * @param timeline     the steps, each with its state decided
     * @param chartSummary the payment chart in words: its text alternative
     */
    record Content(SubsidyDetail detail, Freshness freshness, String status, Styles.Tone tone, List<Step> timeline,
                   String chartSummary) implements SubsidyDetailUiState, ReadState.Showing {
    }

    record Failed(String message) implements SubsidyDetailUiState, ReadState.Failing {
    }

    /** How a step of the timeline is marked (the view picks the icon for each, nothing else). */
    enum Mark { DONE, CURRENT, REJECTED, SUSPENDED, PENDING }

    /**
     * One step of the timeline.
     *
     * @param heading "第 1 步：提交申请"
     * @param state   the step's state in words ("已完成"), marked by {@code mark} and {@code tone}
     * @param when    when it happened, or by when it is expected, in words; null when neither is known
     */
    record Step(TimelineEntry entry, String heading, String state, Mark mark, Styles.Tone tone, String when) {
    }
}
