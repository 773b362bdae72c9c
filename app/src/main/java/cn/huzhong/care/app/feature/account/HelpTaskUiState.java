package cn.huzhong.care.app.feature.account;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.core.api.TaskDto;

/** A volunteer's help for the person: what was done, and rating it or complaining about it. */
public sealed interface HelpTaskUiState extends ReadState {
    record Loading(String slowNote) implements HelpTaskUiState, ReadState.Waiting {
    }

    /**
     * @param complaining the complaint is being written (in a dialog)
     * @param sending     a rating or complaint is on its way
     * @param notice      what just happened, or null
     * @param error       why the last one did not go through, or null
     * @param ratingError the error under the stars, or null
     * @param bodyError   the error under the complaint, or null
     */
    record Content(TaskDto task, Freshness freshness, boolean complaining, boolean sending, String notice, String error,
                   String ratingError, String bodyError) implements HelpTaskUiState, ReadState.Showing {
        Content with(boolean complaining, boolean sending, String notice, String error, String ratingError,
                     String bodyError) {
            return new Content(task, freshness, complaining, sending, notice, error, ratingError, bodyError);
        }
    }

    record Failed(String message) implements HelpTaskUiState, ReadState.Failing {
    }
}
