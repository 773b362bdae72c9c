package cn.huzhong.care.app.feature.subsidies;

import cn.huzhong.care.core.api.SubsidyDetail;

import java.time.Instant;

/** One subsidy in full. */
public sealed interface SubsidyDetailUiState {
    record Loading() implements SubsidyDetailUiState {
    }

    /** @param chartSummary the payment chart in words: its text alternative */
    record Content(SubsidyDetail detail, Instant savedAt, boolean fromCache, String chartSummary)
            implements SubsidyDetailUiState {
    }

    record Failed(String message) implements SubsidyDetailUiState {
    }
}
