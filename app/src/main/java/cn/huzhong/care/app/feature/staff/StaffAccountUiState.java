package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.core.api.AccountSummary;
import cn.huzhong.care.core.api.PersonRef;

import java.util.List;

/** One account staff manage: a new one-time code for its password; for a carer, a link to a resident. */
public sealed interface StaffAccountUiState {
    /**
     * @param code      the one-time code just given (shown once), or null
     * @param residents residents found to link the carer to (null before a search)
     * @param notice    what the last action did, or null
     */
    record Showing(AccountSummary account, boolean carer, boolean sending, StaffAccountsUiState.Created code,
                   List<PersonRef> residents, String notice, String error, String linkError)
            implements StaffAccountUiState {
    }
}
