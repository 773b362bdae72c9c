package cn.huzhong.care.app.feature.volunteer;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.core.api.TaskDto;

/** One help task for a volunteer: what it is, and what they can do with it now. */
public sealed interface TaskDetailUiState extends ReadState {
    record Loading(String slowNote) implements TaskDetailUiState, ReadState.Waiting {
    }

    /**
     * @param notice    what just happened ("已接受…"), or null
     * @param error     why the last action did not go through, or null
     * @param noteError the error under the completion note, or null
     * @param hoursError the error under the hours, or null
     * @param dialog    the confirmation open now
     * @param sending   an action is on its way
     */
    record Content(TaskDto task, Freshness freshness, String status, String notice, String error, String noteError,
                   String hoursError, Dialog dialog, boolean sending) implements TaskDetailUiState, ReadState.Showing {
        Content with(String notice, String error, String noteError, String hoursError, Dialog dialog, boolean sending) {
            return new Content(task, freshness, status, notice, error, noteError, hoursError, dialog, sending);
        }
    }

    /** Another volunteer accepted it first (or it is no longer open): said plainly, with the way back to the list. */
    record Taken(String message) implements TaskDetailUiState {
    }

    record Failed(String message) implements TaskDetailUiState, ReadState.Failing {
    }

    enum Dialog { NONE, ACCEPT, WITHDRAW }
}
