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
        /** 120, 110, 119: shown first, together. */
        public List<HotlineDto> emergency() {
            return hotlines.stream().filter(HotlineDto::emergency).toList();
        }

        /** Every other line, in the directory's order. */
        public List<HotlineDto> others() {
            return hotlines.stream().filter(h -> !h.emergency()).toList();
        }
    }

    record Failed(String message) implements HotlinesUiState {
    }
}
