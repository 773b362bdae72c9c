package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.VolunteerDetail;

/** A volunteer as staff see them: verify a pending one, suspend one with a reason. */
public sealed interface StaffVolunteerUiState extends ReadState {
    record Loading(String slowNote) implements StaffVolunteerUiState, ReadState.Waiting {
    }

    /**
     * @param canVerify  the volunteer waits for verification
     * @param canSuspend the account may be suspended (it is not yet)
     * @param confirming the suspend dialog is open
     */
    record Content(VolunteerDetail detail, Freshness freshness, String status, Styles.Tone tone, boolean canVerify,
                   boolean canSuspend, boolean confirming, boolean sending, String notice, String error,
                   String reasonError) implements StaffVolunteerUiState, ReadState.Showing {
        Content with(boolean confirming, boolean sending, String notice, String error, String reasonError) {
            return new Content(detail, freshness, status, tone, canVerify, canSuspend, confirming, sending, notice,
                    error, reasonError);
        }
    }

    record Failed(String message) implements StaffVolunteerUiState, ReadState.Failing {
    }
}
