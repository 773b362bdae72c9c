package cn.huzhong.care.app.feature.texthotline;

import cn.huzhong.care.core.api.HotlineThreadSummary;

import java.time.Instant;
import java.util.List;

/** The person's threads with the 12385 desk. */
public sealed interface ThreadsUiState {
    record Loading() implements ThreadsUiState {
    }

    record Content(List<HotlineThreadSummary> threads, Instant savedAt, boolean fromCache) implements ThreadsUiState {
    }

    record Failed(String message) implements ThreadsUiState {
    }
}
