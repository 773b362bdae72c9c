package cn.huzhong.care.app.feature.settings;

import cn.huzhong.care.app.data.AppSettings;

/** Settings: what is chosen now, the server address being edited, and who is signed in. */
public sealed interface SettingsUiState {
    /**
     * @param serverError  what is wrong with the typed server address (null when nothing)
     * @param serverSaved  the server address was just saved
     * @param signedInName who is signed in, or null
     * @param unsent       requests and bookings of this account still waiting on the phone to be sent
     * @param advanced     the server address may be changed (a demo or development build; never in a phone release)
     * @param confirmingSignOut the person asked to sign out and is asked to confirm
     * @param personalDataOf whose data "what the service holds" shows (a resident, or the one a carer acts for), or
     *                       null when the account acts for no one (volunteers, staff)
     */
    record Content(AppSettings settings, String serverError, boolean serverSaved, String signedInName,
                   boolean signingOut, int unsent, boolean advanced, boolean confirmingSignOut, String personalDataOf)
            implements SettingsUiState {
    }
}
