package cn.huzhong.care.app.ui.a11y;

import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What colours are painted behind a point: Region background fills, from the top-most ancestor fill that covers the
 * point down to the first opaque one; translucent fills are blended over what is below; with no opaque fill the
 * scene's fill (white when it is not an opaque colour) is the base. Gradients count as all their stop colours (the
 * caller takes the worst pair); an ImagePattern or a background image cannot be resolved (null). Corner radii, shapes
 * drawn behind, group opacity of the backdrop's own ancestors and overlapping siblings are not modelled. FX thread.
 */
public final class Backdrops {
    private final Scene scene;

    public Backdrops(Scene scene) {
        this.scene = scene;
    }

    /** The colours behind a point and the Region whose fill is the top-most one there (null: the scene's fill). */
    public record Backdrop(List<Color> colours, Node owner) {
    }

    /**
     * The colours painted behind {@code scenePoint} by {@code from} and its ancestors (from {@code from} up), or null
     * when they cannot be resolved. A point scrolled out of a clipping viewport is judged at the nearest point inside
     * the clip, where it will be seen.
     */
    public Backdrop behind(Node from, Point2D scenePoint) {
        List<List<Color>> layers = new ArrayList<>(); // top first
        Node owner = null;
        Point2D at = scenePoint;
        for (Node a = from; a != null; a = a.getParent()) {
            if (a.getClip() != null) {
                var clip = Nodes.clipInScene(a);
                at = new Point2D(Math.max(clip.getMinX(), Math.min(clip.getMaxX(), at.getX())),
                        Math.max(clip.getMinY(), Math.min(clip.getMaxY(), at.getY())));
            }
            if (!(a instanceof Region r) || r.getBackground() == null) {
                continue;
            }
            Background bg = r.getBackground();
            Point2D p = r.sceneToLocal(at);
            if (p == null) {
                continue;
            }
            if (!bg.getImages().isEmpty()) {
                return null;
            }
            List<BackgroundFill> fills = bg.getFills();
            for (int i = fills.size() - 1; i >= 0; i--) {
                BackgroundFill f = fills.get(i);
                if (!covers(r, f.getInsets(), p)) {
                    continue;
                }
                List<Color> cs = colours(f.getFill());
                if (cs == null) {
                    return null;
                }
                if (cs.stream().allMatch(c -> c.getOpacity() <= 0)) {
                    continue;
                }
                if (owner == null) {
                    owner = r;
                }
                layers.add(cs);
                if (cs.stream().allMatch(c -> c.getOpacity() >= 1)) {
                    return new Backdrop(composite(layers, null), owner);
                }
            }
        }
        return new Backdrop(composite(layers, base()), owner);
    }

    /** The backdrop behind the centre of {@code n}, painted by its ancestors (not by {@code n} itself). */
    public Backdrop behindCentreOf(Node n) {
        var b = Nodes.sceneBounds(n);
        return n.getParent() == null ? new Backdrop(base(), null)
                : behind(n.getParent(), new Point2D(b.getCenterX(), b.getCenterY()));
    }

    private List<Color> base() {
        List<Color> base = colours(scene.getFill());
        if (base == null || base.stream().anyMatch(c -> c.getOpacity() < 1)) {
            base = List.of(Color.WHITE);
        }
        return base;
    }

    /** The product of the opacities of {@code n} and its ancestors below {@code stop} (exclusive). */
    public static double opacityBelow(Node n, Node stop) {
        double opacity = 1;
        for (Node a = n; a != null && a != stop; a = a.getParent()) {
            opacity *= a.getOpacity();
        }
        return opacity;
    }

    private static boolean covers(Region r, Insets in, Point2D p) {
        return p.getX() >= in.getLeft() && p.getX() <= r.getWidth() - in.getRight()
                && p.getY() >= in.getTop() && p.getY() <= r.getHeight() - in.getBottom();
    }

    /** Paints the layers (top first; the last may be opaque) bottom-up over {@code base}. */
    private static List<Color> composite(List<List<Color>> layers, List<Color> base) {
        List<Color> result;
        int from;
        if (base == null) {
            result = layers.get(layers.size() - 1);
            from = layers.size() - 2;
        } else {
            result = base;
            from = layers.size() - 1;
        }
        for (int i = from; i >= 0; i--) {
            Set<Color> next = new LinkedHashSet<>();
            for (Color under : result) {
                for (Color top : layers.get(i)) {
                    next.add(Wcag.over(top, 1, under));
                }
            }
            result = new ArrayList<>(next);
        }
        return result;
    }

    /** The colours of a paint: a colour, or a gradient's stops; null when it cannot be resolved (image). */
    public static List<Color> colours(Paint p) {
        if (p instanceof Color c) {
            return List.of(c);
        }
        if (p instanceof LinearGradient g) {
            return g.getStops().stream().map(Stop::getColor).toList();
        }
        if (p instanceof RadialGradient g) {
            return g.getStops().stream().map(Stop::getColor).toList();
        }
        return null;
    }

    /** One thing a Region paints: a background fill or one side of a border stroke, with where it is painted. */
    public record Layer(List<Color> colours, String geometry) {
    }

    /**
     * Everything a Region paints of its own, in paint order: each background fill and each border stroke side that
     * is wider than 0, with its visible colours and its geometry (insets, widths). Fully transparent colours are left
     * out; a layer with nothing left is dropped.
     */
    public static List<Layer> paintedLayers(Region r) {
        List<Layer> out = new ArrayList<>();
        Background bg = r.getBackground();
        if (bg != null) {
            for (BackgroundFill f : bg.getFills()) {
                add(out, f.getFill(), "fill " + f.getInsets());
            }
        }
        Border border = r.getBorder();
        if (border != null) {
            for (BorderStroke s : border.getStrokes()) {
                var w = s.getWidths();
                String g = " " + w + " " + s.getInsets();
                if (w.getTop() > 0) {
                    add(out, s.getTopStroke(), "top" + g);
                }
                if (w.getRight() > 0) {
                    add(out, s.getRightStroke(), "right" + g);
                }
                if (w.getBottom() > 0) {
                    add(out, s.getBottomStroke(), "bottom" + g);
                }
                if (w.getLeft() > 0) {
                    add(out, s.getLeftStroke(), "left" + g);
                }
            }
        }
        return out;
    }

    private static void add(List<Layer> out, Paint p, String geometry) {
        List<Color> cs = colours(p);
        if (cs == null) {
            return;
        }
        List<Color> visible = cs.stream().filter(c -> c.getOpacity() > 0).toList();
        if (!visible.isEmpty()) {
            out.add(new Layer(visible, geometry));
        }
    }
}
