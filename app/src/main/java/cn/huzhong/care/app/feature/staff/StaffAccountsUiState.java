package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.core.api.AccountSummary;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.core.domain.Role;

import java.util.List;

/**
 * Accounts staff manage: opening a resident's account (the resident found by name) or a carer's (name and phone),
 * with the one-time code shown once; finding an account to give a new one-time code or to link a carer.
 */
public sealed interface StaffAccountsUiState {
    /**
     * @param role      which account is being opened: RESIDENT or CARER
     * @param residents residents found to open an account for (null before a search)
     * @param created   the account just opened and its one-time code, or null
     * @param accounts  accounts found (null before a search)
     */
    record Editing(Role role, boolean sending, List<PersonRef> residents, String nameError, String phoneError,
                   String residentError, String error, Created created, List<AccountSummary> accounts,
                   String accountsSummary) implements StaffAccountsUiState {
        Editing with(boolean sending, String nameError, String phoneError, String residentError, String error) {
            return new Editing(role, sending, residents, nameError, phoneError, residentError, error, created, accounts,
                    accountsSummary);
        }
    }

    /** An account just opened: who, and the code to give them, digit by digit for a screen reader. */
    record Created(String text, String code, String spokenCode, String expires) {
    }
}
