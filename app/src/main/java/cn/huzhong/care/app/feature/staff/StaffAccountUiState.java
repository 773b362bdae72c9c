package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.core.api.AccountSummary;
import cn.huzhong.care.core.api.PersonRef;

import java.util.List;

/**
 * One account staff manage: a new one-time code for its password; for a carer, a link to a resident; suspending it
 * (with a reason, confirmed) or reinstating it.
 */
public sealed interface StaffAccountUiState {
    /**
     * @param code        the one-time code just given (shown once), or null
     * @param residents   residents found to link the carer to (null before a search)
     * @param notice      what the last action did, or null
     * @param confirming  the suspend dialog is open
     * @param reasonError the suspend reason's error, or null
     */
    record Showing(AccountSummary account, boolean carer, boolean sending, StaffAccountsUiState.Created code,
                   List<PersonRef> residents, String notice, String error, String linkError, boolean confirming,
                   String reasonError) implements StaffAccountUiState {
        Showing(AccountSummary account, boolean carer, boolean sending, StaffAccountsUiState.Created code,
                List<PersonRef> residents, String notice, String error, String linkError) {
            this(account, carer, sending, code, residents, notice, error, linkError, false, null);
        }

        /** The account can be suspended (it is active or waiting) or reinstated (it is suspended). */
        boolean suspended() {
            return account.status() == cn.huzhong.care.core.domain.AccountStatus.SUSPENDED;
        }

        Showing confirming(boolean open, boolean sending, String error, String reasonError) {
            return new Showing(account, carer, sending, code, residents, null, error, null, open, reasonError);
        }

        Showing account(AccountSummary changed, String notice) {
            return new Showing(changed, carer, false, null, residents, notice, null, null, false, null);
        }
    }
}
