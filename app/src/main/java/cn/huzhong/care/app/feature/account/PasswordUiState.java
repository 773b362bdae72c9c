package cn.huzhong.care.app.feature.account;

import java.util.Map;

/** Changing one's own password: the form with the error under each field, and what happened. */
public sealed interface PasswordUiState {
    /**
     * @param errors    by field: currentPassword, newPassword, repeat
     * @param formError what went wrong that belongs to no field, or null
     * @param focus     the first field in error, or null
     * @param sending   the change is on its way
     * @param done      "密码已修改…" once changed, else null
     */
    record Editing(Map<String, String> errors, String formError, String focus, boolean sending, String done)
            implements PasswordUiState {
    }
}
