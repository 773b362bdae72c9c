package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;

import java.util.List;

/** One work queue: its items, oldest first, each a row that opens it. */
public sealed interface StaffQueueUiState extends ReadState {
    record Loading(String slowNote) implements StaffQueueUiState, ReadState.Waiting {
    }

    /**
     * @param summary how many wait, and how many of them show ("共 3 件" / "Showing 50 of 61")
     * @param rows    the items; empty when nothing waits
     */
    record Content(String summary, List<Row> rows, Freshness freshness) implements StaffQueueUiState, ReadState.Showing {
    }

    record Failed(String message) implements StaffQueueUiState, ReadState.Failing {
    }

    /**
     * One item: its heading (who, or what), the lines under it (what, where it stands, since when), the row as one
     * sentence, and where it leads. Identifiers in it are masked.
     */
    record Row(String id, String heading, List<String> lines, String spoken, Destination target) {
    }
}
