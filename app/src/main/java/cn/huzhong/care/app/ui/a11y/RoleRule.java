package cn.huzhong.care.app.ui.a11y;

import javafx.scene.AccessibleRole;
import javafx.scene.control.ButtonBase;

import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.FILLED_CELL;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.INPUT;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.POINTER_HANDLER;

/**
 * {@link AuditRule#ROLE}: interactive nodes report a ROLE other than null, NODE and PARENT. A node that is clickable
 * only through a mouse handler must also not say TEXT or IMAGE_VIEW (a reader would not say that it can be
 * activated).
 */
public final class RoleRule implements Rule {
    @Override
    public AuditRule id() {
        return AuditRule.ROLE;
    }

    @Override
    public void check(AuditContext ctx) {
        for (SemanticNode s : ctx.model().nodes()) {
            if (!s.interactive()) {
                continue;
            }
            AccessibleRole r = s.role();
            if (r == null || r == AccessibleRole.NODE || r == AccessibleRole.PARENT) {
                ctx.report(id(), s.node(), "is interactive but reports role " + r
                        + ": a screen reader cannot say what it is; use a control (Button…) or setAccessibleRole");
            } else if (s.is(POINTER_HANDLER) && !(s.node() instanceof ButtonBase) && !s.is(FILLED_CELL) && !s.is(INPUT)
                    && (r == AccessibleRole.TEXT || r == AccessibleRole.IMAGE_VIEW)) {
                ctx.report(id(), s.node(), "reacts to clicks but reports role " + r
                        + ": a screen reader does not say it can be activated; use a Button or setAccessibleRole(BUTTON)");
            }
        }
    }
}
