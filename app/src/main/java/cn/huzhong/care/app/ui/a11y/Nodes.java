package cn.huzhong.care.app.ui.a11y;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;

/** Small scene-graph helpers shared by the model and the rules. FX thread only. */
public final class Nodes {
    private Nodes() {
    }

    /** Layout bounds in scene coordinates. */
    public static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    /** Whether {@code n} is {@code ancestor} or inside it. */
    public static boolean within(Node n, Node ancestor) {
        if (ancestor == null) {
            return false;
        }
        for (Node a = n; a != null; a = a.getParent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code n} has the style class on itself or on an ancestor. */
    public static boolean hasClassInPath(Node n, String styleClass) {
        for (Node a = n; a != null; a = a.getParent()) {
            if (a.getStyleClass().contains(styleClass)) {
                return true;
            }
        }
        return false;
    }

    /** What a node answers for an accessible attribute, or null when it cannot answer (a skin not yet built). */
    public static Object attr(Node n, AccessibleAttribute a) {
        try {
            return n.queryAccessibleAttribute(a);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The node's accessible ROLE, or null. */
    public static AccessibleRole role(Node n) {
        return attr(n, AccessibleAttribute.ROLE) instanceof AccessibleRole r ? r : null;
    }

    /** The clip of {@code n} in scene coordinates, or null when it has none. */
    public static Bounds clipInScene(Node n) {
        return n.getClip() == null ? null : n.localToScene(n.getClip().getBoundsInParent());
    }

    /** {@code a ∩ b}; an empty box (width or height 0) when they do not overlap. */
    public static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    /** Whether {@code inner} lies inside {@code outer}, allowing {@code tolerance} px on every side. */
    public static boolean inside(Bounds inner, Bounds outer, double tolerance) {
        return inner.getMinX() >= outer.getMinX() - tolerance && inner.getMaxX() <= outer.getMaxX() + tolerance
                && inner.getMinY() >= outer.getMinY() - tolerance && inner.getMaxY() <= outer.getMaxY() + tolerance;
    }

    /** Layout bounds cut by every ancestor's clip, in the scene. */
    public static Bounds clippedSceneBounds(Node n) {
        Bounds b = sceneBounds(n);
        for (Node a = n; a != null; a = a.getParent()) {
            Bounds clip = clipInScene(a);
            if (clip != null) {
                b = intersect(b, clip);
            }
        }
        return b;
    }

    /**
     * The ScrollPane whose viewport {@code n} is (the skin's clipped "viewport" pane between a ScrollPane and its
     * content), or null.
     */
    public static ScrollPane scrollPaneOfViewport(Node n) {
        Parent p = n.getParent();
        return p instanceof ScrollPane sp && n.getClip() != null && n.getStyleClass().contains("viewport") ? sp : null;
    }

    /** The VirtualFlow (list, table, tree) whose clipped cell container {@code n} is, or null. */
    public static VirtualFlow<?> flowOfClippedContainer(Node n) {
        Parent p = n.getParent();
        return p instanceof VirtualFlow<?> vf && n.getClip() != null ? vf : null;
    }
}
