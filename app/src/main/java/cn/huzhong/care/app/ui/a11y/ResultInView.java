package cn.huzhong.care.app.ui.a11y;

import cn.huzhong.care.app.ui.A11y;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link AuditRule#RESULT_IN_VIEW}: after an action, what it produced (a confirmation, an error, a revealed value, a
 * snackbar) is where the person is looking, and a screen reader knows of it. Two ways to call it, after the action has
 * run and the screen has settled:
 * <ul>
 * <li>{@link #check(Scene, Node, Before, String)}: the test names the result node;</li>
 * <li>{@link #check(Before, String)}: the test takes a {@link #before(Scene)} snapshot before the action, and the
 * result is the text that is new: every visible text-bearing node (a Labeled's text, a Text outside Labeleds and text
 * inputs) whose text was not on the screen before (counted as a multiset, so a second "已提交" is new). The first new
 * one in reading order must be in view; focus or an announcement may concern any of them. No new text at all is
 * itself reported: a tap whose result cannot be seen.</li>
 * </ul>
 * The decision, for the result node:
 * <ol>
 * <li><b>visible</b>: in this scene (or a showing window of its own), it and its ancestors visible, opacity above 0;</li>
 * <li><b>in the viewport</b>: its box lies inside the scene and inside every ancestor's clip at the current scroll
 * position (tolerance {@value #TOLERANCE_PX} px); a result taller or wider than what can be seen must start in view and
 * fill at least half of it;</li>
 * <li><b>not under a fixed bar</b>: no visible {@code hz-fixed-bar} node that is not its ancestor or descendant
 * overlaps it by more than {@value #TOLERANCE_PX} px both ways;</li>
 * <li><b>focused or announced</b>: the focus owner is the result, inside it or holds it, or is the field whose error it
 * is ({@code hz.errorFor}) or whose HELP says its text; or, since the snapshot (all of them without one),
 * {@link A11y#announce} said something that equals, contains or is contained in its text. A result with no text
 * counts as announced by any new announcement.</li>
 * </ol>
 * A result in a window of its own (a snackbar or dialog in a Popup or Stage that is showing) is judged in its own scene,
 * and announcements made in either scene count. Each failed point is one violation, on the result node. Known limits:
 * the generic form looks for new text in the screen's own scene only; a result drawn over by a sibling that is not a
 * fixed bar is taken as seen. FX thread (see {@link Audit#onFx} for other threads).
 */
public final class ResultInView {
    /** Sub-pixel allowance, px. */
    public static final double TOLERANCE_PX = 1;

    private ResultInView() {
    }

    /**
     * What the screen showed and had announced before an action.
     *
     * @param scene         the scene
     * @param texts         how often each visible text was shown
     * @param announcements how many announcements had been made
     */
    public record Before(Scene scene, Map<String, Integer> texts, int announcements) {
    }

    /** Takes the snapshot of {@code scene} before an action (FX thread; applies CSS and layout). */
    public static Before before(Scene scene) {
        layout(scene);
        Map<String, Integer> texts = new HashMap<>();
        for (TextNode t : texts(scene)) {
            texts.merge(t.text(), 1, Integer::sum);
        }
        return new Before(scene, Map.copyOf(texts), A11y.announcements(scene).size());
    }

    /** Checks {@code result} in {@code scene}; {@code before} (may be null) limits which announcements count. */
    public static List<AuditViolation> check(Scene scene, Node result, Before before, String screen) {
        layout(scene);
        List<AuditViolation> out = new ArrayList<>();
        String name = screen == null ? "?" : screen;
        Scene shownIn = result == null ? null : result.getScene();
        boolean shown = shownIn != null && (shownIn == scene || shownIn.getWindow() != null && shownIn.getWindow().isShowing());
        if (!shown) {
            out.add(new AuditViolation(name, AuditRule.RESULT_IN_VIEW.name(),
                    result == null ? "(none)" : NodePaths.path(result), "the result is not on the screen"));
            return out;
        }
        if (shownIn != scene) {
            layout(shownIn); // a snackbar or dialog in a window of its own
        }
        List<String> texts = new ArrayList<>();
        String own = textOf(result);
        if (!own.isEmpty()) {
            texts.add(own);
        }
        judge(shownIn, result, List.of(result), texts, before, name, out);
        return out;
    }

    /** Finds what is new since {@code before} and checks it (see the class comment). */
    public static List<AuditViolation> check(Before before, String screen) {
        Scene scene = before.scene();
        layout(scene);
        String name = screen == null ? "?" : screen;
        List<AuditViolation> out = new ArrayList<>();
        Map<String, Integer> left = new HashMap<>(before.texts());
        List<Node> fresh = new ArrayList<>();
        List<String> freshTexts = new ArrayList<>();
        for (TextNode t : texts(scene)) {
            int n = left.getOrDefault(t.text(), 0);
            if (n > 0) {
                left.put(t.text(), n - 1);
            } else {
                fresh.add(t.node());
                freshTexts.add(t.text());
            }
        }
        if (fresh.isEmpty()) {
            out.add(new AuditViolation(name, AuditRule.RESULT_IN_VIEW.name(), NodePaths.path(scene.getRoot()),
                    "the action showed nothing new: its result must appear on the screen (or in a dialog or snackbar)"
                            + " and be focused or announced"));
            return out;
        }
        Node first = ReadingOrder.sort(fresh).get(0);
        judge(scene, first, fresh, freshTexts, before, name, out);
        return out;
    }

    private static void judge(Scene scene, Node result, List<Node> related, List<String> texts, Before before,
                              String screen, List<AuditViolation> out) {
        String path = NodePaths.path(result);
        if (!shown(result)) {
            out.add(violation(screen, path, "is not visible: show the result where the action was taken"));
            return;
        }
        String where = inViewport(scene, result);
        if (where != null) {
            out.add(violation(screen, path, where + ": scroll it into view after the action"
                    + " (or show it in a dialog or snackbar)"));
        }
        Node bar = underFixedBar(scene, result);
        if (bar != null) {
            out.add(violation(screen, path, "is under the fixed bar " + NodePaths.step(bar)
                    + ": scroll it below the bar"));
        }
        if (!focused(scene, related, texts) && !announced(scene, texts, before)) {
            out.add(violation(screen, path, "is neither focused nor announced: a screen reader user does not learn"
                    + " of it; move focus to it (requestFocus) or say it with A11y.announce"));
        }
    }

    private static AuditViolation violation(String screen, String path, String message) {
        return new AuditViolation(screen, AuditRule.RESULT_IN_VIEW.name(), path, message);
    }

    private static void layout(Scene scene) {
        if (scene.getRoot() != null) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
    }

    private static boolean shown(Node n) {
        for (Node a = n; a != null; a = a.getParent()) {
            if (!a.isVisible() || a.getOpacity() <= 0) {
                return false;
            }
        }
        return true;
    }

    /** Null when {@code n} is in view now; else where it is. */
    private static String inViewport(Scene scene, Node n) {
        Bounds r = Nodes.sceneBounds(n);
        Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        for (Node a = n.getParent(); a != null; a = a.getParent()) {
            Bounds clip = Nodes.clipInScene(a);
            if (clip != null) {
                window = Nodes.intersect(window, clip);
            }
        }
        if (window.getWidth() <= 0 || window.getHeight() <= 0) {
            return "is scrolled or cut out of view entirely";
        }
        String v = along(r.getMinY(), r.getMaxY(), window.getMinY(), window.getMaxY(), "below the visible part of the screen",
                "above the visible part of the screen");
        String h = along(r.getMinX(), r.getMaxX(), window.getMinX(), window.getMaxX(), "right of the visible part",
                "left of the visible part");
        return v != null ? v : h;
    }

    private static String along(double min, double max, double wMin, double wMax, String after, String beforeWords) {
        double len = max - min;
        double wLen = wMax - wMin;
        if (len <= wLen + TOLERANCE_PX) {
            if (max > wMax + TOLERANCE_PX) {
                return "reaches " + Names.px(max - wMax) + " px " + after;
            }
            if (min < wMin - TOLERANCE_PX) {
                return "starts " + Names.px(wMin - min) + " px " + beforeWords;
            }
            return null;
        }
        if (min < wMin - TOLERANCE_PX) {
            return "is larger than what can be seen and its start is " + Names.px(wMin - min) + " px " + beforeWords;
        }
        if (Math.min(max, wMax) - min < wLen / 2) {
            return "is larger than what can be seen and less than half of the view shows it: bring its start to the"
                    + " top";
        }
        return null;
    }

    private static Node underFixedBar(Scene scene, Node n) {
        Bounds r = Nodes.sceneBounds(n);
        List<Node> bars = new ArrayList<>();
        collectBars(scene.getRoot(), bars);
        for (Node bar : bars) {
            if (Nodes.within(n, bar) || Nodes.within(bar, n)) {
                continue;
            }
            Bounds overlap = Nodes.intersect(r, Nodes.clippedSceneBounds(bar));
            if (overlap.getWidth() > TOLERANCE_PX && overlap.getHeight() > TOLERANCE_PX) {
                return bar;
            }
        }
        return null;
    }

    private static void collectBars(Node n, List<Node> out) {
        if (n == null || !n.isVisible() || n.getOpacity() <= 0) {
            return;
        }
        if (n.getStyleClass().contains(A11y.FIXED_BAR)) {
            out.add(n);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collectBars(c, out);
            }
        }
    }

    private static boolean focused(Scene scene, List<Node> related, List<String> texts) {
        Node fo = scene.getFocusOwner();
        if (fo == null) {
            return false;
        }
        for (Node r : related) {
            if (Nodes.within(fo, r) || Nodes.within(r, fo) || r.getProperties().get(A11y.ERROR_FOR_KEY) == fo) {
                return true;
            }
        }
        String help = Names.clean(Nodes.attr(fo, AccessibleAttribute.HELP));
        return !help.isEmpty() && texts.stream().anyMatch(t -> related(t, help));
    }

    private static boolean announced(Scene scene, List<String> texts, Before before) {
        List<String> made = new ArrayList<>();
        if (before != null && before.scene() != scene) { // the result is in a window of its own: both scenes count
            List<String> main = A11y.announcements(before.scene());
            made.addAll(main.subList(Math.min(before.announcements(), main.size()), main.size()));
        }
        List<String> all = A11y.announcements(scene);
        int from = before == null || before.scene() != scene ? 0 : Math.min(before.announcements(), all.size());
        made.addAll(all.subList(from, all.size()));
        for (String a : made) {
            String said = Names.clean(a);
            if (said.isEmpty()) {
                continue;
            }
            if (texts.isEmpty() || texts.stream().anyMatch(t -> related(t, said))) {
                return true;
            }
        }
        return false;
    }

    private static boolean related(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        return x.contains(y) || y.contains(x);
    }

    /** A visible text-bearing node and its text, cleaned. */
    private record TextNode(Node node, String text) {
    }

    private static List<TextNode> texts(Scene scene) {
        List<TextNode> out = new ArrayList<>();
        if (scene.getRoot() != null) {
            collectTexts(scene.getRoot(), out);
        }
        return out;
    }

    private static void collectTexts(Node n, List<TextNode> out) {
        if (!n.isVisible() || n.getOpacity() <= 0 || n instanceof TextInputControl) {
            return;
        }
        if (n instanceof Labeled l) {
            String t = Names.clean(l.getText());
            if (!t.isEmpty()) {
                out.add(new TextNode(n, t));
            }
            if (l.getGraphic() != null) {
                collectTexts(l.getGraphic(), out);
            }
            return; // its skin's Text is the same text
        }
        if (n instanceof Text t) {
            String s = Names.clean(t.getText());
            if (!s.isEmpty()) {
                out.add(new TextNode(n, s));
            }
            return;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collectTexts(c, out);
            }
        }
    }

    /** The visible words of a node: a Labeled's or Text's text, else its descendants' joined, else its name. */
    private static String textOf(Node n) {
        List<TextNode> inside = new ArrayList<>();
        collectTexts(n, inside);
        StringBuilder sb = new StringBuilder();
        for (TextNode t : inside) {
            sb.append(sb.length() == 0 ? "" : " ").append(t.text());
        }
        if (sb.length() > 0) {
            return sb.toString();
        }
        return Names.clean(Nodes.attr(n, AccessibleAttribute.TEXT));
    }
}
