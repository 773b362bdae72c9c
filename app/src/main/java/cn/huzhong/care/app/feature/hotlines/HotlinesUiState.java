package cn.huzhong.care.app.feature.hotlines;

import cn.huzhong.care.core.api.HotlineDto;

import java.time.Instant;
import java.util.List;

/** The hotline directory. */
public sealed interface HotlinesUiState {
    record Loading() implements HotlinesUiState {
    }

    /** {@code savedAt} is null when the list is the copy built into the app. */
    record Content(List<HotlineDto> hotlines, Instant savedAt, boolean fromCache) implements HotlinesUiState {
    }

    record Failed(String message) implements HotlinesUiState {
    }
}
