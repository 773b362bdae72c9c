package cn.huzhong.care.app.ui.a11y;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.TEXT;

/**
 * {@link AuditRule#TEXT_GAP}, in every mode: two texts side by side never run together. For every pair of visible
 * texts that say something (icons, the text inside inputs and the runs of one TextFlow are left out) whose boxes
 * share at least half the height of the shorter one (they sit on one row), the horizontal space between the boxes
 * must be at least {@value #MIN_GAP_EM} of the smaller font size; touching or overlapping texts are reported too.
 * Texts in different layers of a StackPane (a dialog or snackbar over the page) are placed over each other on purpose
 * and left out.
 * "HomeServicesInbox" (four navigation labels at 200 % that each filled their own cell) reads as one word to the
 * eye, and a screen magnifier shows only that. Reported once per pair, on the later text's author node, naming both.
 */
public final class TextGapRule implements Rule {
    /** The least space between two texts on one row, in em of the smaller font. */
    public static final double MIN_GAP_EM = 0.25;

    @Override
    public AuditRule id() {
        return AuditRule.TEXT_GAP;
    }

    private record Placed(Text text, Bounds box) {
    }

    @Override
    public void check(AuditContext ctx) {
        SceneModel model = ctx.model();
        List<Placed> texts = new ArrayList<>();
        for (SemanticNode s : model.nodes()) {
            if (s.is(TEXT) && !inTextInput(s.node())) {
                Bounds b = Nodes.clippedSceneBounds(s.node());
                if (b != null && b.getWidth() > 0 && b.getHeight() > 0) {
                    texts.add(new Placed((Text) s.node(), b));
                }
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Placed a = texts.get(i);
                Placed b = texts.get(j);
                // the cheap geometry first: most pairs are not on one row, and the ancestor walk is not needed
                if (!oneRow(a.box(), b.box()) || sameFlow(a.text(), b.text()) || stacked(a.text(), b.text())) {
                    continue;
                }
                Placed left = a.box().getMinX() <= b.box().getMinX() ? a : b;
                Placed right = left == a ? b : a;
                double gap = right.box().getMinX() - left.box().getMaxX();
                double font = Math.min(a.text().getFont().getSize(), b.text().getFont().getSize());
                double need = MIN_GAP_EM * font;
                if (gap < need) {
                    ctx.report(id(), model.owner(right.text()), String.format(Locale.ROOT,
                            "text %s %s text %s (%s px apart, at least %s px needed): they read as one; give each"
                                    + " room (shorter words, fewer per row at large text) or put them on their own lines",
                            Names.quote(Names.clean(right.text().getText())), gap < 0 ? "overlaps" : "runs into",
                            Names.quote(Names.clean(left.text().getText())), Names.px(Math.max(0, gap)),
                            Names.px(need)));
                }
            }
        }
    }

    /** The boxes share at least half the height of the shorter one. */
    private static boolean oneRow(Bounds a, Bounds b) {
        double shared = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return shared >= 0.5 * Math.min(a.getHeight(), b.getHeight());
    }

    /**
     * The two are in different layers of a StackPane (a dialog or a snackbar over the page, a badge over an icon),
     * placed over each other on purpose: their nearest common ancestor is a StackPane.
     */
    private static boolean stacked(Node a, Node b) {
        java.util.Set<Node> up = new java.util.HashSet<>();
        for (Node n = a; n != null; n = n.getParent()) {
            up.add(n);
        }
        for (Node n = b; n != null; n = n.getParent()) {
            if (up.contains(n)) {
                return n instanceof javafx.scene.layout.StackPane;
            }
        }
        return false;
    }

    private static boolean sameFlow(Text a, Text b) {
        return a.getParent() instanceof TextFlow && a.getParent() == b.getParent();
    }

    private static boolean inTextInput(Node n) {
        for (Node a = n.getParent(); a != null; a = a.getParent()) {
            if (a instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }
}
