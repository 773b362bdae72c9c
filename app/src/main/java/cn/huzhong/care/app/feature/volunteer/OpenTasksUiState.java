package cn.huzhong.care.app.feature.volunteer;

import cn.huzhong.care.app.data.VolunteerRepository;
import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.core.api.OpenTaskDto;
import cn.huzhong.care.core.api.VolunteerDto;

import java.util.List;

/** A volunteer's home: the open tasks near them, narrowed by town, kind and day; or why they have none yet. */
public sealed interface OpenTasksUiState extends ReadState {
    record Loading(String slowNote) implements OpenTasksUiState, ReadState.Waiting {
    }

    /**
     * The volunteer is not verified yet: what they registered with, and that staff will check it.
     *
     * @param text "工作人员核实后…" in words
     */
    record Pending(VolunteerDto me, String text, Freshness freshness) implements OpenTasksUiState, ReadState.Showing {
    }

    /**
     * @param count       "附近有 3 个任务在等志愿者" / "没有符合条件的任务"
     * @param filterText  what the list is narrowed to, in words ("呼中镇 · 全部类型 · 任何日期")
     * @param filtersOpen the sheet with the filters is open
     * @param hours       "您的志愿时长：6.5 小时"
     */
    record Content(VolunteerDto me, List<OpenTaskDto> tasks, String count, String hours, VolunteerRepository.Filter filter,
                   String filterText, boolean filtersOpen, Freshness freshness)
            implements OpenTasksUiState, ReadState.Showing {
        Content withFilters(boolean open) {
            return new Content(me, tasks, count, hours, filter, filterText, open, freshness);
        }
    }

    record Failed(String message) implements OpenTasksUiState, ReadState.Failing {
    }
}
