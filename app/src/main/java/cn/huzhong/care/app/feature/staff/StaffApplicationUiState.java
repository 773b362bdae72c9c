package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.SubsidyDetail;

import java.util.List;

/** An application as staff handle it. */
public sealed interface StaffApplicationUiState extends ReadState {
    record Loading(String slowNote) implements StaffApplicationUiState, ReadState.Waiting {
    }

    /**
     * @param advance     the words of the button that moves it to its next step, or null (not in review)
     * @param canReject   it is still in review: it may be turned down with a reason
     * @param months      the months a payment may be recorded for (paying only; not paid yet, newest first)
     * @param dialog      which dialog is open
     * @param fieldError  the open dialog's field error (no reason, no month), or null
     */
    record Content(SubsidyDetail detail, Freshness freshness, String status, Styles.Tone tone, String advance,
                   boolean canReject, List<String> months, Dialog dialog, boolean sending, String notice, String error,
                   String fieldError) implements StaffApplicationUiState, ReadState.Showing {
        Content with(Dialog dialog, boolean sending, String notice, String error, String fieldError) {
            return new Content(detail, freshness, status, tone, advance, canReject, months, dialog, sending, notice,
                    error, fieldError);
        }
    }

    record Failed(String message) implements StaffApplicationUiState, ReadState.Failing {
    }

    enum Dialog { NONE, REJECT, PAY }
}
