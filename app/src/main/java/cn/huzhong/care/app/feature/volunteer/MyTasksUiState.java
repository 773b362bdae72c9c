package cn.huzhong.care.app.feature.volunteer;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.core.api.TaskDto;

import java.util.List;

/** A volunteer's own tasks: their total hours, the tasks under way, the ones completed. */
public sealed interface MyTasksUiState extends ReadState {
    record Loading(String slowNote) implements MyTasksUiState, ReadState.Waiting {
    }

    /**
     * @param hours   "6.5 小时", the volunteer's total
     * @param done    "已完成 3 次"
     * @param pending the volunteer is not verified yet (then they have no tasks): why, in words; else null
     */
    record Content(String hours, String done, String pending, List<TaskDto> current, List<TaskDto> completed,
                   Freshness freshness) implements MyTasksUiState, ReadState.Showing {
    }

    record Failed(String message) implements MyTasksUiState, ReadState.Failing {
    }
}
