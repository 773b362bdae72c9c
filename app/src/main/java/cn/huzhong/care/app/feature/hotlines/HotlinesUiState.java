package cn.huzhong.care.app.feature.hotlines;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.core.api.HotlineDto;

import java.util.List;

/** The hotline directory. */
public sealed interface HotlinesUiState extends ReadState {
    record Loading(String slowNote) implements HotlinesUiState, ReadState.Waiting {
    }

    /** {@code freshness.savedAt()} is null when the list is the copy built into the app. */
    record Content(List<HotlineDto> hotlines, Freshness freshness) implements HotlinesUiState, ReadState.Showing {
        /** 120, 110, 119: shown first, together. */
        public List<HotlineDto> emergency() {
            return hotlines.stream().filter(HotlineDto::emergency).toList();
        }

        /** Every other line, in the directory's order. */
        public List<HotlineDto> others() {
            return hotlines.stream().filter(h -> !h.emergency()).toList();
        }
    }

    record Failed(String message) implements HotlinesUiState, ReadState.Failing {
    }
}
