package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.core.domain.Town;

import java.util.List;

/** Staff's home: how much waits in each work queue of their town (district staff: every town, or one). */
public sealed interface StaffHomeUiState extends ReadState {
    record Loading(String slowNote) implements StaffHomeUiState, ReadState.Waiting {
    }

    /**
     * @param scope    whose queues these are in words ("呼中镇的工作", "Every town's work")
     * @param district the staff member may choose a town (district staff)
     * @param town     the town chosen (null: every town, or a town staff member's own)
     * @param queues   one line per queue, in the order of the work
     */
    record Content(String scope, boolean district, Town town, List<Queue> queues, Freshness freshness)
            implements StaffHomeUiState, ReadState.Showing {
    }

    record Failed(String message) implements StaffHomeUiState, ReadState.Failing {
    }

    /**
     * One queue: its name, how many wait in words ("3 件等待处理"), the spoken row, and whether anything waits
     * (an empty queue is said as such, not hidden).
     */
    record Queue(Destination.StaffQueueKind kind, String name, String count, String spoken, boolean waiting) {
    }
}
