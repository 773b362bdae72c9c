package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.api.VolunteerDto;

import java.util.List;

/** A help task as staff see it, and giving it to a volunteer. */
public sealed interface StaffTaskUiState extends ReadState {
    record Loading(String slowNote) implements StaffTaskUiState, ReadState.Waiting {
    }

    /**
     * @param canAssign  the task waits for a volunteer
     * @param choosing   the volunteer picker is open
     * @param volunteers the active volunteers of the task's town, once read
     * @param chooseError nothing chosen, or null
     */
    record Content(TaskDto task, Freshness freshness, boolean canAssign, boolean choosing, boolean sending,
                   List<VolunteerDto> volunteers, String notice, String error, String chooseError)
            implements StaffTaskUiState, ReadState.Showing {
        Content with(boolean choosing, boolean sending, List<VolunteerDto> volunteers, String notice, String error,
                     String chooseError) {
            return new Content(task, freshness, canAssign, choosing, sending, volunteers, notice, error, chooseError);
        }
    }

    record Failed(String message) implements StaffTaskUiState, ReadState.Failing {
    }
}
