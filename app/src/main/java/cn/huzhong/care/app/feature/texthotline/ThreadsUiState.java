package cn.huzhong.care.app.feature.texthotline;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.LoadMore;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.HotlineThreadSummary;

import java.util.List;

/** The person's threads with the 12385 desk. */
public sealed interface ThreadsUiState extends ReadState {
    record Loading(String slowNote) implements ThreadsUiState, ReadState.Waiting {
    }

    /** @param more the end of the list: whether it offers to load more */
    record Content(List<Row> threads, Freshness freshness, LoadMore more) implements ThreadsUiState, ReadState.Showing {
        Content with(LoadMore m) {
            return new Content(threads, freshness, m);
        }
    }

    record Failed(String message) implements ThreadsUiState, ReadState.Failing {
    }

    /**
     * One thread.
     *
     * @param tone   how its status (replied, or waiting) is marked besides its words
     * @param when   "最新：…"
     * @param spoken the whole row in one sentence
     */
    record Row(HotlineThreadSummary thread, Styles.Tone tone, String when, String spoken) {
        public long id() {
            return thread.id();
        }
    }
}
