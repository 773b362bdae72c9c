package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.DataCaseDto;
import cn.huzhong.care.core.domain.DataCaseStatus;

/** A person's request to correct or delete personal data, as staff answer it. */
public sealed interface StaffDataCaseUiState {
    /**
     * @param status       its status in words
     * @param open         it waits for an answer
     * @param correction   the person asks for a correction: new values go with a granted answer
     * @param outcome      the outcome chosen (DONE, PARTLY_DONE, REFUSED), or null before one is chosen
     * @param confirming   the dialog that confirms a granted deletion is open
     * @param sending      the answer is on its way
     * @param notice       what the last action did, or null
     * @param error        why the last action did not go through, or null
     * @param errors       the fields' errors
     */
    record Content(DataCaseDto dataCase, String status, Styles.Tone tone, boolean open, boolean correction,
                   DataCaseStatus outcome, boolean confirming, boolean sending, String notice, String error,
                   Errors errors) implements StaffDataCaseUiState {
        Content with(DataCaseStatus outcome, boolean confirming, boolean sending, String notice, String error,
                     Errors errors) {
            return new Content(dataCase, status, tone, open, correction, outcome, confirming, sending, notice, error,
                    errors);
        }
    }

    /** Errors under the outcome, the answer and the new values (null: none). */
    record Errors(String outcome, String answer, String name, String phone, String address) {
        static final Errors NONE = new Errors(null, null, null, null, null);

        boolean any() {
            return outcome != null || answer != null || name != null || phone != null || address != null;
        }
    }
}
