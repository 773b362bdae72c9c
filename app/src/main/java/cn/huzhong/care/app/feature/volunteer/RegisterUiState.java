package cn.huzhong.care.app.feature.volunteer;

import java.util.Map;

/** Registering as a volunteer: the form (with the error under each field), or the registration made and waiting. */
public sealed interface RegisterUiState {
    /**
     * @param errors    the message under each field in error, by field (name, phone, password, towns, kinds)
     * @param formError what went wrong that belongs to no field, or null
     * @param focus     the first field in error, where focus goes; null for none
     * @param sending   the registration is on its way
     */
    record Editing(Map<String, String> errors, String formError, String focus, boolean sending) implements RegisterUiState {
        static final Editing EMPTY = new Editing(Map.of(), null, null, false);
    }

    /** Sent: the account waits for staff to verify it. */
    record Registered(String title, String text) implements RegisterUiState {
    }
}
