package cn.huzhong.care.app.ui.a11y;

import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading order: rows top to bottom, then start to end (right to left when the scene's root is right-to-left). Two
 * nodes share a row when their tops are within {@value #SAME_ROW_TOLERANCE_PX} px or each one's vertical centre
 * lies within the other. The nodes inside a ScrollPane's content are ordered among themselves and placed as one
 * block where the ScrollPane is, so a long scrolled page reads before the bar under it. FX thread only.
 */
public final class ReadingOrder {
    /** Two nodes whose tops differ by at most this many px are on the same row. */
    public static final double SAME_ROW_TOLERANCE_PX = 4;

    private ReadingOrder() {
    }

    /** {@code nodes} in reading order (a new list). */
    public static List<Node> sort(Collection<? extends Node> nodes) {
        return order(new ArrayList<>(nodes), null);
    }

    private static List<Node> order(List<Node> nodes, ScrollPane container) {
        Map<Node, List<Node>> blocks = new LinkedHashMap<>();
        for (Node n : nodes) {
            ScrollPane sp = outermostScrollPane(n, container);
            blocks.computeIfAbsent(sp != null ? sp : n, k -> new ArrayList<>()).add(n);
        }
        List<Node> keys = sortByRows(new ArrayList<>(blocks.keySet()));
        List<Node> out = new ArrayList<>();
        for (Node key : keys) {
            List<Node> members = blocks.get(key);
            if (key instanceof ScrollPane sp && !(members.size() == 1 && members.get(0) == sp)) {
                if (members.remove(sp)) {
                    out.add(sp);
                }
                out.addAll(order(members, sp));
            } else {
                out.addAll(members);
            }
        }
        return out;
    }

    /** The outermost ScrollPane below {@code container} whose content holds {@code n}. */
    private static ScrollPane outermostScrollPane(Node n, ScrollPane container) {
        ScrollPane found = null;
        for (Node a = n.getParent(); a != null && a != container; a = a.getParent()) {
            if (a instanceof ScrollPane sp && Nodes.within(n, sp.getContent())) {
                found = sp;
            }
        }
        return found;
    }

    private static List<Node> sortByRows(List<Node> units) {
        Map<Node, Bounds> b = new IdentityHashMap<>();
        for (Node u : units) {
            b.put(u, Nodes.sceneBounds(u));
        }
        boolean rtl = !units.isEmpty() && units.get(0).getScene() != null
                && units.get(0).getScene().getRoot().getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
        List<Node> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingDouble((Node u) -> b.get(u).getMinY()).thenComparingDouble(u -> b.get(u).getMinX()));
        List<List<Node>> rows = new ArrayList<>();
        for (Node u : sorted) {
            List<Node> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (row != null && sameRow(b.get(row.get(0)), b.get(u))) {
                row.add(u);
            } else {
                List<Node> fresh = new ArrayList<>();
                fresh.add(u);
                rows.add(fresh);
            }
        }
        List<Node> out = new ArrayList<>();
        for (List<Node> row : rows) {
            row.sort(rtl ? Comparator.comparingDouble((Node u) -> -b.get(u).getMaxX())
                    : Comparator.comparingDouble((Node u) -> b.get(u).getMinX()));
            out.addAll(row);
        }
        return out;
    }

    private static boolean sameRow(Bounds a, Bounds c) {
        if (Math.abs(a.getMinY() - c.getMinY()) <= SAME_ROW_TOLERANCE_PX) {
            return true;
        }
        double ac = a.getCenterY();
        double cc = c.getCenterY();
        return ac >= c.getMinY() && ac <= c.getMaxY() && cc >= a.getMinY() && cc <= a.getMaxY();
    }
}
