package cn.huzhong.care.app.feature.account;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.core.api.PersonalDataDto;
import cn.huzhong.care.core.domain.DataCaseKind;

/** What the service holds about a person, their correction and deletion requests, and asking for another one. */
public sealed interface PersonalDataUiState extends ReadState {
    record Loading(String slowNote) implements PersonalDataUiState, ReadState.Waiting {
    }

    /**
     * @param asking       the request being written (in a dialog), or null
     * @param sending      it is on its way
     * @param notice       what just happened ("已提交…"), or null
     * @param error        why the request did not go through, or null
     * @param detailsError the error under what to correct or delete, or null
     */
    record Content(PersonalDataDto data, Freshness freshness, DataCaseKind asking, boolean sending, String notice,
                   String error, String detailsError) implements PersonalDataUiState, ReadState.Showing {
        Content with(DataCaseKind asking, boolean sending, String notice, String error, String detailsError) {
            return new Content(data, freshness, asking, sending, notice, error, detailsError);
        }
    }

    record Failed(String message) implements PersonalDataUiState, ReadState.Failing {
    }
}
