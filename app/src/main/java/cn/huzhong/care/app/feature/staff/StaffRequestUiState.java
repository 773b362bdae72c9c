package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.domain.RequestStatus;

import java.util.List;

/** A service request as staff handle it. */
public sealed interface StaffRequestUiState extends ReadState {
    record Loading(String slowNote) implements StaffRequestUiState, ReadState.Waiting {
    }

    /**
     * @param guide     what the status means for staff and what is theirs to do (not the resident's sentence)
     * @param move      the next step staff may take ("受理", "保存方案并告知本人"…), or null when none is left
     * @param needsPlan the next step needs the one-person plan written (ACCEPTED → PLANNED)
     * @param canReject the request may still be turned down (with a reason)
     * @param open      the request is still open: a provider may be named and help tasks made
     * @param dialog    which dialog is open
     * @param sending   an action is on its way
     * @param providers the providers to choose from, once read (for the provider dialog)
     * @param notice    what the last action did, or null
     * @param error     why the last action did not go through, or null
     * @param planError the plan field's error, or null
     * @param reasonError the reason field's error (in the reject dialog), or null
     */
    record Content(ServiceRequestDetail detail, Freshness freshness, String status, Styles.Tone tone, String guide, Move move,
                   boolean needsPlan, boolean canReject, boolean open, Dialog dialog, boolean sending,
                   List<ProviderDto> providers, String notice, String error, String planError, String reasonError)
            implements StaffRequestUiState, ReadState.Showing {
        Content with(Dialog dialog, boolean sending, List<ProviderDto> providers, String notice, String error,
                     String planError, String reasonError) {
            return new Content(detail, freshness, status, tone, guide, move, needsPlan, canReject, open, dialog, sending,
                    providers, notice, error, planError, reasonError);
        }
    }

    record Failed(String message) implements StaffRequestUiState, ReadState.Failing {
    }

    /** The next step: the status it moves to and the button's words. */
    record Move(RequestStatus to, String label) {
    }

    enum Dialog { NONE, REJECT, PROVIDER }
}
