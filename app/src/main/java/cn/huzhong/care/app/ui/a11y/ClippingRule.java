package cn.huzhong.care.app.ui.a11y;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.TEXT;

/**
 * {@link AuditRule#CLIPPING}, in every mode: no text is cut by its container or the screen edge. For every visible
 * Text that says something (icons and the text inside text inputs, which scrolls by design, are left out), its layout
 * box in the scene is followed up through its ancestors:
 * <ul>
 * <li><b>sticks out of a container</b>: the text's box reaches more than {@value #TOLERANCE_PX} px out of the box of
 * an ancestor Region (its own Label included: "a title that wraps to two lines inside a fixed-height bar" makes the
 * Label or the bar shorter than its text, and the rest is cut or painted over). Not judged above a node that is
 * translated, unmanaged or a Group, which place content deliberately outside their parent (a badge on an icon);</li>
 * <li><b>cut by a clip</b>: an ancestor's clip does not contain the text's box (tolerance {@value #TOLERANCE_PX} px),
 * unless that clip is a scrolling viewport;</li>
 * <li><b>cannot be scrolled into view</b>: for a ScrollPane's viewport, the text must fit, at some scroll position the
 * ScrollPane can reach, inside the part of the viewport that is on the screen (when the text is taller than that
 * part, its top and its bottom must each be reachable). A ScrollPane that reaches past the bottom of the screen thus
 * cuts the end of its content (the confirm button under the edge). A list's (VirtualFlow's) clip is taken as
 * scrollable without checking its range;</li>
 * <li><b>past the screen edge</b>: after the viewports (the text placed where scrolling brings it), the box must lie
 * within the scene.</li>
 * </ul>
 * Reported once per text, on the nearest author node (the Label for a Label's text). Known limits: text painted over
 * by a sibling without overflowing its own containers, clips of arbitrary shape (their bounding box is used) and
 * nested scroll areas (the inner one is judged as if the outer one stayed where it is) are not modelled.
 */
public final class ClippingRule implements Rule {
    /** Sub-pixel layout allowance, px. */
    public static final double TOLERANCE_PX = 1;

    @Override
    public AuditRule id() {
        return AuditRule.CLIPPING;
    }

    @Override
    public void check(AuditContext ctx) {
        SceneModel model = ctx.model();
        Bounds screen = new BoundingBox(0, 0, model.width(), model.height());
        for (SemanticNode s : model.nodes()) {
            if (!s.is(TEXT) || inTextInput(s.node())) {
                continue;
            }
            Text t = (Text) s.node();
            String problem = problem(t, s.bounds(), screen);
            if (problem != null) {
                ctx.report(id(), model.owner(t), "text " + Names.quote(Names.clean(t.getText())) + " " + problem);
            }
        }
    }

    private static boolean inTextInput(Node n) {
        for (Node a = n.getParent(); a != null; a = a.getParent()) {
            if (a instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    /** What cuts a text whose box in the scene is {@code box}, or null when nothing does. */
    static String problem(Node text, Bounds box, Bounds screen) {
        Bounds r = box;
        boolean boxChecks = true;
        for (Node prev = text, a = text.getParent(); a != null; prev = a, a = a.getParent()) {
            if (prev.getTranslateX() != 0 || prev.getTranslateY() != 0 || !prev.isManaged() || prev instanceof Group) {
                boxChecks = false; // deliberately placed outside its parent from here up
            }
            ScrollPane sp = Nodes.scrollPaneOfViewport(a);
            VirtualFlow<?> flow = sp == null ? Nodes.flowOfClippedContainer(a) : null;
            Bounds clip = Nodes.clipInScene(a);
            if (sp != null) {
                Reach reach = reach(sp, clip, r, screen);
                if (reach.problem() != null) {
                    return reach.problem();
                }
                r = reach.placed();
                continue;
            }
            if (flow != null) {
                r = place(r, Nodes.intersect(clip, screen));
                continue;
            }
            if (clip != null && !Nodes.inside(r, clip, TOLERANCE_PX)) {
                return "is cut by the clip of " + NodePaths.step(a) + " (" + overshoot(r, clip)
                        + "): give it room, or let its container grow with it";
            }
            boolean scrollPart = a.getParent() != null && (Nodes.scrollPaneOfViewport(a.getParent()) != null
                    || Nodes.flowOfClippedContainer(a.getParent()) != null); // holds content larger than itself
            boolean root = a.getParent() == null; // the scene's root: the screen edge says it better below
            if (boxChecks && !scrollPart && !root && a instanceof Region region
                    && !Nodes.inside(r, Nodes.sceneBounds(region), TOLERANCE_PX)) {
                return "does not fit in " + (a == text.getParent() ? "its own box " : "its container ")
                        + NodePaths.step(a) + " (" + overshoot(r, Nodes.sceneBounds(region))
                        + "): the rest is cut off or painted over; nothing with a fixed height may hold text";
            }
        }
        if (!Nodes.inside(r, screen, TOLERANCE_PX)) {
            return "reaches past the edge of the " + Names.px(screen.getWidth()) + " × " + Names.px(screen.getHeight())
                    + " px screen (" + overshoot(r, screen) + ") and nothing scrolls it into view";
        }
        return null;
    }

    /** Where a box is placed after scrolling, or why it cannot be. */
    private record Reach(Bounds placed, String problem) {
    }

    private static Reach reach(ScrollPane sp, Bounds viewport, Bounds r, Bounds screen) {
        Bounds win = Nodes.intersect(viewport, screen);
        Node content = sp.getContent();
        Bounds cb = content == null ? viewport : Nodes.sceneBounds(content);
        double[] y = fit(r.getMinY(), r.getMaxY(), win.getMinY(), win.getMaxY(), cb.getMinY(), cb.getHeight(),
                viewport.getMinY(), viewport.getHeight());
        double[] x = fit(r.getMinX(), r.getMaxX(), win.getMinX(), win.getMaxX(), cb.getMinX(), cb.getWidth(),
                viewport.getMinX(), viewport.getWidth());
        if (y == null || x == null) {
            String edge;
            double past;
            if (y == null) {
                double shown = Math.min(viewport.getMaxY(), screen.getMaxY());
                past = r.getHeight() <= win.getHeight()
                        ? Math.max(0, r.getMaxY() + largestUpShift(cb.getMinY(), cb.getHeight(), viewport.getMinY(),
                        viewport.getHeight()) - shown) : 0;
                edge = viewport.getMaxY() > screen.getMaxY() + TOLERANCE_PX
                        ? "the scroll area " + NodePaths.step(sp) + " reaches " + Names.px(viewport.getMaxY() - screen.getMaxY())
                        + " px below the bottom of the screen, so the end of its content never comes into view"
                        : "the part of " + NodePaths.step(sp) + " on the screen is too small for it";
            } else {
                past = 0;
                edge = "the scroll area " + NodePaths.step(sp) + " cannot bring it fully into view sideways";
            }
            return new Reach(null, "cannot be scrolled into view: " + edge
                    + (past > 0 ? " (it stays " + Names.px(past) + " px out of view)" : ""));
        }
        return new Reach(new BoundingBox(x[0], y[0], x[1] - x[0], y[1] - y[0]), null);
    }

    /** How far scrolling to the end moves content from where it is now, px (negative: up). */
    private static double largestUpShift(double contentMin, double contentLen, double viewMin, double viewLen) {
        return contentLen <= viewLen ? 0 : (viewMin - (contentLen - viewLen)) - contentMin;
    }

    /**
     * Along one axis: the interval {@code [min, max]} of a box in content that can move by a shift {@code o} in
     * {@code [oMin, oMax]} (the ScrollPane's range); the window {@code [wMin, wMax]} is where it can be seen. Returns
     * the placed interval, or null when no reachable shift shows it (both ends, for a box longer than the window).
     */
    private static double[] fit(double min, double max, double wMin, double wMax,
                                double contentMin, double contentLen, double viewMin, double viewLen) {
        if (wMax - wMin <= 0) {
            return null;
        }
        double oMin;
        double oMax;
        if (contentLen <= viewLen + TOLERANCE_PX) {
            oMin = 0;
            oMax = 0;
        } else {
            double range = contentLen - viewLen;
            oMin = (viewMin - range) - contentMin;
            oMax = viewMin - contentMin;
        }
        double len = max - min;
        if (len <= wMax - wMin + TOLERANCE_PX) {
            double lo = Math.max(oMin, wMin - min - TOLERANCE_PX);
            double hi = Math.min(oMax, wMax - max + TOLERANCE_PX);
            if (lo > hi) {
                return null;
            }
            double o = Math.max(lo, Math.min(hi, 0));
            return new double[] {min + o, max + o};
        }
        double oTop = wMin - min;
        double oBottom = wMax - max;
        boolean top = oTop >= oMin - TOLERANCE_PX && oTop <= oMax + TOLERANCE_PX;
        boolean bottom = oBottom >= oMin - TOLERANCE_PX && oBottom <= oMax + TOLERANCE_PX;
        return top && bottom ? new double[] {wMin, wMax} : null;
    }

    /** {@code r} moved (not resized) to the nearest place inside {@code win} (aligned to its start when larger). */
    private static Bounds place(Bounds r, Bounds win) {
        double x = r.getWidth() >= win.getWidth() ? win.getMinX()
                : Math.max(win.getMinX(), Math.min(win.getMaxX() - r.getWidth(), r.getMinX()));
        double y = r.getHeight() >= win.getHeight() ? win.getMinY()
                : Math.max(win.getMinY(), Math.min(win.getMaxY() - r.getHeight(), r.getMinY()));
        return new BoundingBox(x, y, Math.min(r.getWidth(), win.getWidth()), Math.min(r.getHeight(), win.getHeight()));
    }

    /** How far {@code r} reaches out of {@code outer}, in words. */
    static String overshoot(Bounds r, Bounds outer) {
        StringBuilder sb = new StringBuilder();
        append(sb, r.getMaxY() - outer.getMaxY(), "below the bottom");
        append(sb, outer.getMinY() - r.getMinY(), "above the top");
        append(sb, r.getMaxX() - outer.getMaxX(), "past the right edge");
        append(sb, outer.getMinX() - r.getMinX(), "past the left edge");
        return sb.length() == 0 ? "cut" : sb.toString();
    }

    private static void append(StringBuilder sb, double by, String where) {
        if (by > TOLERANCE_PX) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(Names.px(by)).append(" px ").append(where);
        }
    }
}
