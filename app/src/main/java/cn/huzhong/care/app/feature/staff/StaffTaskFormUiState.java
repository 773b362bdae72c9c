package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.core.domain.HelpKind;

/** A new help task from a service request: kind, what is needed, day and time of day. */
public sealed interface StaffTaskFormUiState {
    /**
     * @param kindError   nothing chosen, or null
     * @param neededError empty, too long, or (from the server) naming the person, or null
     * @param dateError   no day chosen, or null
     * @param error       why sending failed otherwise, or null
     */
    record Editing(String residentName, HelpKind kind, boolean sending, String kindError, String neededError,
                   String dateError, String error) implements StaffTaskFormUiState {
    }
}
