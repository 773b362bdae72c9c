package cn.huzhong.care.app.ui.a11y;

/**
 * One row of the audit table, decided from one scene. Implementations read the {@link AuditContext}'s model and
 * report each violation through {@link AuditContext#report}; they do not change the scene (the focus walk, shared
 * through {@link AuditContext#focusWalk()}, moves focus and puts it back).
 */
public interface Rule {
    /** The row this rule decides. */
    AuditRule id();

    /** Whether the rule needs the {@link FocusWalk} (such rules run after all others). */
    default boolean needsFocusWalk() {
        return false;
    }

    void check(AuditContext ctx);
}
