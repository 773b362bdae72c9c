package cn.huzhong.care.app.ui.a11y;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keyboard walk over a screen, as a person pressing Tab does it. Expected order: the focus-traversable, visible,
 * enabled, non-internal nodes in {@link ReadingOrder reading order}. Focus is put on the first of them, then a TAB
 * KEY_PRESSED event is fired at the focus owner (Ctrl+Tab from a TextArea, where Tab types a tab), so the controls'
 * behaviours and the scene's traversal run as for a real key, until focus comes back to the first node, stops moving,
 * is lost, or comes back early. While walking it records how each node it reaches looks focused and unfocused (CSS
 * applied), for the focus-ring check. Focus is put back afterwards (on the scene root when nothing had focus). A view
 * that validates on focus loss sees the walk.
 */
public final class FocusWalk {
    private FocusWalk() {
    }

    /** How the walk ended. */
    public enum End {
        /** Nothing to walk: no focusable node. */
        EMPTY,
        /** The first node in reading order did not take focus. */
        FIRST_REFUSED,
        /** Tab from {@link Result#stoppedAt()} left nothing focused. */
        LOST,
        /** Tab did not move focus away from {@link Result#stoppedAt()}: a trap. */
        STUCK,
        /** Tab came back to {@link Result#stoppedAt()} (already visited, not the first) before the end: a trap. */
        CYCLED_EARLY,
        /** Tab came back to the first node: the normal end. */
        BACK_TO_FIRST,
        /** More Tab presses than expected nodes without coming back. */
        STEP_LIMIT
    }

    /**
     * What the walk saw.
     *
     * @param expected   the focusable nodes in reading order
     * @param visited    the nodes focus went to, in Tab order (the first node first)
     * @param end        how the walk ended
     * @param stoppedAt  the node where an abnormal end was seen (the trap, the node focus was lost from…), or null
     * @param cameFrom   for {@link End#CYCLED_EARLY}, the node Tab was pressed on; else null
     * @param focused    for each visited node, the layers it and its skin parts paint while focused
     * @param unfocused  for each visited node, the layers they paint after focus left it
     */
    public record Result(List<Node> expected, List<Node> visited, End end, Node stoppedAt, Node cameFrom,
                         Map<Node, List<Look>> focused, Map<Node, List<Look>> unfocused) {
    }

    /** One painted layer of a node or one of its skin parts (a Region's fill or border side, a Text's fill). */
    public record Look(Node part, Backdrops.Layer layer) {
    }

    /** Walks {@code model}'s scene (FX thread). */
    public static Result walk(SceneModel model) {
        List<Node> focusables = new ArrayList<>();
        for (SemanticNode s : model.nodes()) {
            if (s.is(SemanticNode.Trait.FOCUSABLE)) {
                focusables.add(s.node());
            }
        }
        Map<Node, List<Look>> focused = new IdentityHashMap<>();
        Map<Node, List<Look>> unfocused = new IdentityHashMap<>();
        if (focusables.isEmpty()) {
            return new Result(List.of(), List.of(), End.EMPTY, null, null, Map.of(), Map.of());
        }
        List<Node> expected = model.readingOrder(focusables);
        Scene scene = model.scene();
        Node original = scene.getFocusOwner();
        List<Node> visited = new ArrayList<>();
        End end = End.STEP_LIMIT;
        Node stoppedAt = null;
        Node cameFrom = null;
        try {
            Node first = expected.get(0);
            first.requestFocus();
            Node current = scene.getFocusOwner();
            if (current != first) {
                return new Result(expected, List.of(), End.FIRST_REFUSED, first, null, Map.of(), Map.of());
            }
            focused.put(current, looks(scene, current));
            visited.add(current);
            for (int step = 0; step <= expected.size(); step++) {
                pressTab(current);
                Node next = scene.getFocusOwner();
                if (next != current) {
                    unfocused.put(current, looks(scene, current));
                }
                if (next == null) {
                    end = End.LOST;
                    stoppedAt = current;
                    break;
                }
                if (next == current) {
                    end = End.STUCK;
                    stoppedAt = current;
                    break;
                }
                if (next == first) {
                    end = End.BACK_TO_FIRST;
                    break;
                }
                if (visited.contains(next)) {
                    end = End.CYCLED_EARLY;
                    stoppedAt = next;
                    cameFrom = current;
                    break;
                }
                focused.put(next, looks(scene, next));
                visited.add(next);
                current = next;
            }
        } finally {
            if (original != null && original.getScene() == scene) {
                original.requestFocus();
            } else if (scene.getRoot() != null) {
                scene.getRoot().requestFocus();
            }
            if (scene.getRoot() != null) {
                scene.getRoot().applyCss();
            }
        }
        return new Result(expected, Collections.unmodifiableList(visited), end, stoppedAt, cameFrom,
                Collections.unmodifiableMap(focused), Collections.unmodifiableMap(unfocused));
    }

    private static void pressTab(Node owner) {
        boolean ctrl = owner instanceof TextArea; // Tab types a tab there; Ctrl+Tab moves on
        Event.fireEvent(owner, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, ctrl, false, false));
    }

    /**
     * The layers {@code n} and its skin parts (not the author content inside it) paint now, CSS applied: each Region's
     * fills and border sides, each Text's fill with its underline.
     */
    static List<Look> looks(Scene scene, Node n) {
        if (scene.getRoot() != null) {
            scene.getRoot().applyCss();
        }
        List<Look> out = new ArrayList<>();
        collectLooks(n, n, out);
        return out;
    }

    private static void collectLooks(Node owner, Node n, List<Look> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Region r) {
            for (Backdrops.Layer l : Backdrops.paintedLayers(r)) {
                out.add(new Look(n, l));
            }
        } else if (n instanceof Text t) {
            List<javafx.scene.paint.Color> cs = Backdrops.colours(t.getFill());
            if (cs != null && !cs.isEmpty()) {
                out.add(new Look(n, new Backdrops.Layer(cs, "text" + (t.isUnderline() ? " underlined" : ""))));
            }
        }
        if (n instanceof Parent p && (n != owner || owner instanceof Control)) {
            for (Node c : p.getChildrenUnmodifiable()) {
                if (owner instanceof Control control && SceneModel.exposes(control, c)) {
                    continue; // author content is not the control's own look
                }
                collectLooks(owner, c, out);
            }
        }
    }

    /** The layers {@code focused} has that {@code unfocused} has not: what shows focus. */
    public static List<Look> indicator(List<Look> focused, List<Look> unfocused) {
        Set<Look> before = new LinkedHashSet<>(unfocused);
        List<Look> out = new ArrayList<>();
        for (Look l : focused) {
            if (!before.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }
}
