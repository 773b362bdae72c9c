package cn.huzhong.care.app.ui.a11y;

import cn.huzhong.care.app.ui.A11y;
import javafx.geometry.Bounds;
import javafx.scene.Node;

/**
 * {@link AuditRule#TOUCH_TARGET}: every interactive node's layout bounds, in scene pixels, are at least
 * {@value #MIN_TARGET_PX} × {@value #MIN_TARGET_PX}; nodes with style class {@code hz-primary} or {@code hz-tile} at
 * least {@value #MIN_MAIN_TARGET_PX} × {@value #MIN_MAIN_TARGET_PX}. The same numbers apply in every mode (at 200 %
 * targets only grow). Exactly 48 passes.
 */
public final class TouchTargetRule implements Rule {
    /** Minimum touch target, px, both sides. */
    public static final double MIN_TARGET_PX = 48;
    /** Minimum touch target of main tiles and primary actions ({@code hz-tile}, {@code hz-primary}), px. */
    public static final double MIN_MAIN_TARGET_PX = 60;
    private static final double EPS = 0.01;

    @Override
    public AuditRule id() {
        return AuditRule.TOUCH_TARGET;
    }

    @Override
    public void check(AuditContext ctx) {
        for (SemanticNode s : ctx.model().nodes()) {
            if (!s.interactive()) {
                continue;
            }
            Node n = s.node();
            Bounds b = s.bounds();
            boolean main = n.getStyleClass().contains(A11y.PRIMARY) || n.getStyleClass().contains(A11y.TILE);
            double min = main ? MIN_MAIN_TARGET_PX : MIN_TARGET_PX;
            if (b.getWidth() + EPS < min || b.getHeight() + EPS < min) {
                ctx.report(id(), n, "is " + Names.px(b.getWidth()) + " × " + Names.px(b.getHeight())
                        + " px; " + (main ? "main tiles and primary actions need" : "touch targets need")
                        + " at least " + Names.px(min) + " × " + Names.px(min) + " px");
            }
        }
    }
}
