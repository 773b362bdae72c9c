package cn.huzhong.care.app.feature.subsidies;

import cn.huzhong.care.core.api.SubsidySummary;

import java.time.Instant;
import java.util.List;

/** The list of the person's subsidies. */
public sealed interface SubsidiesUiState {
    record Loading() implements SubsidiesUiState {
    }

    record Content(List<SubsidySummary> items, Instant savedAt, boolean fromCache) implements SubsidiesUiState {
    }

    record Failed(String message) implements SubsidiesUiState {
    }
}
