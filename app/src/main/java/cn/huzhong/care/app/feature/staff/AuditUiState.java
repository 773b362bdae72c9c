package cn.huzhong.care.app.feature.staff;

import java.util.List;

/** The audit trail (F13), newest first, page by page: who did what, to what, when, before → after. */
public sealed interface AuditUiState {
    record Loading() implements AuditUiState {
    }

    /**
     * @param scope       whose entries these are ("关于王秀兰的记录" / every one staff may see)
     * @param summary     how many there are, and how many show
     * @param more        the server has more pages
     * @param loadingMore the next page is on its way
     * @param error       why the next page did not come, or null
     */
    record Content(String scope, String summary, List<Entry> entries, boolean more, boolean loadingMore, String error)
            implements AuditUiState {
    }

    record Failed(String message) implements AuditUiState {
    }

    /**
     * One entry: what was done in words, when and by whom, about whom, and the state before and after (as the
     * server wrote it: identifiers masked).
     */
    record Entry(long id, String what, String whenWho, String about, String before, String after) {
    }
}
