package cn.huzhong.care.app.ui.a11y;

import cn.huzhong.care.app.ui.A11y;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@link AuditRule#DESTRUCTIVE_ACTION}: a destructive action is a visible author node with the property
 * {@link A11y#DESTRUCTIVE_KEY} = TRUE or the style class {@link A11y#DANGER} (as {@link A11y#destructive} sets both).
 * <ul>
 * <li><b>never the primary one</b>: it must not have style class {@code hz-primary}, not be a default button, and not
 * be <em>filled with the accent colour</em>: its rendered body (the colours it and its ancestors paint at its centre)
 * must not be within {@value #SAME_COLOUR_DISTANCE} (Euclidean sRGB distance, channels 0–1) of the body of a primary
 * action, while standing out from the page (≥ 3:1 against what is behind it, so an outlined or text button on the page
 * colour never counts as filled). The primary body is taken from the visible {@code hz-primary} nodes and default
 * buttons of the screen and from a probe: a Button with {@code hz-primary} styled by the scene's style sheets and
 * root classes in a scene of its own (so a screen without a primary action is judged too);</li>
 * <li><b>the safe choice first</b>: among the actions that share its parent (Buttons, Hyperlinks, MenuButtons,
 * ToggleButtons and nodes with role BUTTON or HYPERLINK; check boxes and radio buttons are choices, not actions), when
 * at least one is not destructive, the first in reading order must not be destructive (a dialog's "keep" before its
 * "delete"). Reported once per group, on the destructive action that comes first.</li>
 * </ul>
 * Known limits: actions in different containers of one dialog (each wrapped in its own pane) are not grouped; a
 * background image or ImagePattern body is not judged.
 */
public final class DestructiveActionRule implements Rule {
    /** Two body colours this close (sRGB distance) are the same fill. */
    public static final double SAME_COLOUR_DISTANCE = 0.08;
    private static final double FILLED_CONTRAST = 3.0;

    @Override
    public AuditRule id() {
        return AuditRule.DESTRUCTIVE_ACTION;
    }

    /** Whether {@code n} is marked destructive. */
    public static boolean isDestructive(Node n) {
        return Boolean.TRUE.equals(n.getProperties().get(A11y.DESTRUCTIVE_KEY)) || n.getStyleClass().contains(A11y.DANGER);
    }

    @Override
    public void check(AuditContext ctx) {
        SceneModel model = ctx.model();
        List<Node> destructive = new ArrayList<>();
        for (SemanticNode s : model.nodes()) {
            if (!s.is(SemanticNode.Trait.INTERNAL) && isDestructive(s.node())) {
                destructive.add(s.node());
            }
        }
        if (destructive.isEmpty()) {
            return;
        }
        List<Color> accent = accentColours(ctx, destructive);
        List<Parent> groupsDone = new ArrayList<>();
        for (Node n : destructive) {
            checkStyle(ctx, n, accent);
            Parent p = n.getParent();
            if (p != null && groupsDone.stream().noneMatch(g -> g == p)) {
                groupsDone.add(p);
                checkOrder(ctx, p);
            }
        }
    }

    private void checkStyle(AuditContext ctx, Node n, List<Color> accent) {
        if (n.getStyleClass().contains(A11y.PRIMARY)) {
            ctx.report(id(), n, "is a destructive action styled as the primary one (" + A11y.PRIMARY
                    + "): show it as an outlined or text button in the error colour");
            return;
        }
        if (n instanceof Button b && b.isDefaultButton()) {
            ctx.report(id(), n, "is a destructive action made the default button (Enter fires it): make the safe"
                    + " choice the default, or none");
            return;
        }
        List<Color> body = body(ctx.backdrops(), n);
        Backdrops.Backdrop outside = ctx.backdrops().behindCentreOf(n);
        if (body == null || outside == null || !standsOut(body, outside.colours())) {
            return;
        }
        for (Color b : body) {
            for (Color a : accent) {
                if (distance(b, a) <= SAME_COLOUR_DISTANCE) {
                    ctx.report(id(), n, String.format(Locale.ROOT, "is a destructive action filled with the accent"
                            + " colour %s like the primary action: show it as an outlined or text button in the error"
                            + " colour", Wcag.hex(a)));
                    return;
                }
            }
        }
    }

    private void checkOrder(AuditContext ctx, Parent parent) {
        SceneModel model = ctx.model();
        List<Node> actions = new ArrayList<>();
        for (Node c : parent.getChildrenUnmodifiable()) {
            if (model.isVisible(c) && !model.isInternal(c) && isAction(c)) {
                actions.add(c);
            }
        }
        if (actions.size() < 2 || actions.stream().allMatch(DestructiveActionRule::isDestructive)) {
            return;
        }
        List<Node> ordered = model.readingOrder(actions);
        Node first = ordered.get(0);
        if (isDestructive(first)) {
            Node safe = ordered.stream().filter(a -> !isDestructive(a)).findFirst().orElseThrow();
            ctx.report(id(), first, "is a destructive action that comes before the safe choice " + NodePaths.step(safe)
                    + " in reading order: put the safe choice first");
        }
    }

    static boolean isAction(Node n) {
        if (n instanceof CheckBox || n instanceof RadioButton) {
            return false;
        }
        if (n instanceof Button || n instanceof Hyperlink || n instanceof MenuButton || n instanceof ToggleButton) {
            return true;
        }
        AccessibleRole r = Nodes.role(n);
        return r == AccessibleRole.BUTTON || r == AccessibleRole.HYPERLINK;
    }

    /** The colours at the centre of {@code n}, painted by it and what is behind it. */
    private static List<Color> body(Backdrops backdrops, Node n) {
        Bounds b = Nodes.sceneBounds(n);
        Backdrops.Backdrop d = backdrops.behind(n, new Point2D(b.getCenterX(), b.getCenterY()));
        return d == null ? null : d.colours();
    }

    private static boolean standsOut(List<Color> body, List<Color> outside) {
        double worst = Double.MAX_VALUE;
        for (Color b : body) {
            for (Color o : outside) {
                worst = Math.min(worst, Wcag.contrastRatio(b, o));
            }
        }
        return worst >= FILLED_CONTRAST;
    }

    private static double distance(Color a, Color b) {
        double dr = a.getRed() - b.getRed();
        double dg = a.getGreen() - b.getGreen();
        double db = a.getBlue() - b.getBlue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    /** The body colours of the screen's primary actions and default buttons, and of a probe primary button. */
    private static List<Color> accentColours(AuditContext ctx, List<Node> destructive) {
        List<Color> out = new ArrayList<>();
        for (SemanticNode s : ctx.model().nodes()) {
            Node n = s.node();
            boolean primary = n.getStyleClass().contains(A11y.PRIMARY) || n instanceof Button b && b.isDefaultButton();
            if (primary && !destructive.contains(n)) {
                List<Color> body = body(ctx.backdrops(), n);
                if (body != null) {
                    out.addAll(body);
                }
            }
        }
        out.addAll(probe(ctx.scene()));
        return out;
    }

    /** The body colours of a Button with {@code hz-primary} styled like {@code scene}'s, in a scene of its own. */
    static List<Color> probe(Scene scene) {
        Parent realRoot = scene.getRoot();
        if (realRoot == null) {
            return List.of();
        }
        Button probe = new Button("x");
        probe.getStyleClass().add(A11y.PRIMARY);
        StackPane root = new StackPane(probe);
        Scene s = new Scene(root, 200, 120);
        root.getStyleClass().setAll(realRoot.getStyleClass());
        root.setStyle(realRoot.getStyle());
        s.getStylesheets().setAll(scene.getStylesheets());
        s.setUserAgentStylesheet(scene.getUserAgentStylesheet());
        root.applyCss();
        root.layout();
        List<Color> body = body(new Backdrops(s), probe);
        return body == null ? List.of() : body;
    }
}
