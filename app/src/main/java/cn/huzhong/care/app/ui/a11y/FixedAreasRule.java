package cn.huzhong.care.app.ui.a11y;

import cn.huzhong.care.app.ui.A11y;
import javafx.geometry.Bounds;
import javafx.scene.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@link AuditRule#FIXED_AREAS}: the visible nodes with style class {@code hz-fixed-bar} ({@link A11y#FIXED_BAR}: the
 * app bar, the offline and acting-for banners, a bottom navigation) together take at most {@value #MAX_SHARE} of the
 * scene's height: the union of their vertical extents (clipped by their ancestors' clips and the scene; a fixed bar
 * inside another counts once). Checked in every mode (the 200 % text mode is where it bites; exactly 25 % passes).
 * Reported once, on the tallest bar, with every bar's height.
 */
public final class FixedAreasRule implements Rule {
    /** The largest share of the screen height that fixed bars may take together. */
    public static final double MAX_SHARE = 0.25;

    @Override
    public AuditRule id() {
        return AuditRule.FIXED_AREAS;
    }

    @Override
    public void check(AuditContext ctx) {
        SceneModel model = ctx.model();
        double h = model.height();
        List<Node> bars = new ArrayList<>();
        for (SemanticNode s : model.nodes()) {
            Node n = s.node();
            if (n.getStyleClass().contains(A11y.FIXED_BAR) && !insideAnotherBar(n)) {
                bars.add(n);
            }
        }
        if (bars.isEmpty() || h <= 0) {
            return;
        }
        List<double[]> spans = new ArrayList<>();
        Node tallest = null;
        double tallestHeight = -1;
        StringBuilder each = new StringBuilder();
        for (Node bar : bars) {
            Bounds b = Nodes.clippedSceneBounds(bar);
            double top = Math.max(0, b.getMinY());
            double bottom = Math.min(h, b.getMaxY());
            double height = Math.max(0, bottom - top);
            if (height > 0) {
                spans.add(new double[] {top, bottom});
            }
            if (height > tallestHeight) {
                tallestHeight = height;
                tallest = bar;
            }
            each.append(each.length() == 0 ? "" : " + ").append(NodePaths.step(bar)).append(' ')
                    .append(Names.px(height)).append(" px");
        }
        double total = union(spans);
        if (total > MAX_SHARE * h + 0.01) {
            ctx.report(id(), tallest, String.format(Locale.ROOT,
                    "fixed bars take %s px, %.0f %% of the %s px high screen (%s); together they may take at most %.0f %%"
                            + " (%s px): keep banners to one line with a \"more\" control at large text",
                    Names.px(total), 100 * total / h, Names.px(h), each, 100 * MAX_SHARE, Names.px(MAX_SHARE * h)));
        }
    }

    private static boolean insideAnotherBar(Node n) {
        for (Node a = n.getParent(); a != null; a = a.getParent()) {
            if (a.getStyleClass().contains(A11y.FIXED_BAR)) {
                return true;
            }
        }
        return false;
    }

    private static double union(List<double[]> spans) {
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        double total = 0;
        double curStart = Double.NaN;
        double curEnd = Double.NaN;
        for (double[] s : spans) {
            if (Double.isNaN(curStart) || s[0] > curEnd) {
                if (!Double.isNaN(curStart)) {
                    total += curEnd - curStart;
                }
                curStart = s[0];
                curEnd = s[1];
            } else {
                curEnd = Math.max(curEnd, s[1]);
            }
        }
        if (!Double.isNaN(curStart)) {
            total += curEnd - curStart;
        }
        return total;
    }
}
