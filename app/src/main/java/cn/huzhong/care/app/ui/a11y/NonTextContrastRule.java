package cn.huzhong.care.app.ui.a11y;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.DECORATIVE;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.ICON;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.INTERNAL;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.VALUE_INPUT;

/**
 * {@link AuditRule#NON_TEXT_CONTRAST} (WCAG 2.2 1.4.11 and 2.4.7), in every mode, at least {@value #MIN_CONTRAST}:1
 * (WCAG contrast ratio, no rounding) against what is behind ({@link Backdrops}, resolved at the node's centre from its
 * parent up):
 * <ul>
 * <li><b>icons</b>: every visible, enabled Ikonli icon (or icon-glyph Text) that is not marked {@code hz-decorative}:
 * its glyph colour, the worst gradient stop deciding ("near-black icons on a blue app bar" fail);</li>
 * <li><b>control boundaries</b>: every visible, enabled text input, combo box, date picker, choice box and spinner (the
 * control's own region), check box ({@code .box}), radio button ({@code .radio}), switch (AtlantaFX ToggleSwitch's
 * {@code .thumb-area}), and every button or toggle button that paints an outline or a fill (an outlined or filled
 * button; a text or icon button, whose fills and borders all stay under {@value #INVISIBLE_BELOW}:1 against what is
 * behind it (nothing, or the bar's own colour), is left out, and hyperlinks are): at least one thing the region paints
 * (a background fill or a border side; a gradient by its worst stop) must reach 3:1, so its edge or its body can be
 * told from the page. A control Tab reaches is judged as it looks unfocused (captured by the {@link FocusWalk});
 * others as they look now. An input or toggle that paints nothing visible (under {@value #INVISIBLE_BELOW}:1) is
 * reported;</li>
 * <li><b>focus rings</b>, from the {@link FocusWalk}: for every control Tab reaches, what it (and its skin parts)
 * paints while focused but not after focus left it is its focus indicator; the best of those layers must reach 3:1.
 * A control whose look does not change at all is reported as having no focus indicator.</li>
 * </ul>
 * Known limits: ImageView icons, Slider tracks, ListView borders and shapes drawn with Path/Rectangle are not judged;
 * the focus indicator is compared with the page behind the control, not with the control's unfocused look (WCAG 2.4.13
 * change of contrast); a ring that differs only in geometry counts with its colour.
 */
public final class NonTextContrastRule implements Rule {
    /** Minimum contrast of icons, control boundaries and focus indicators. */
    public static final double MIN_CONTRAST = 3.0;
    /** What a region paints below this contrast against what is behind it cannot be seen at all. */
    public static final double INVISIBLE_BELOW = 1.05;

    @Override
    public AuditRule id() {
        return AuditRule.NON_TEXT_CONTRAST;
    }

    @Override
    public boolean needsFocusWalk() {
        return true;
    }

    @Override
    public void check(AuditContext ctx) {
        SceneModel model = ctx.model();
        for (SemanticNode s : model.nodes()) {
            Node n = s.node();
            if (n.isDisabled()) {
                continue;
            }
            if (s.is(ICON) && n instanceof Text icon && !s.is(DECORATIVE)) {
                checkIcon(ctx, icon);
            }
            if (!s.is(INTERNAL) && !s.is(DECORATIVE)) {
                checkBoundary(ctx, s);
            }
        }
        checkFocusRings(ctx);
    }

    private void checkIcon(AuditContext ctx, Text icon) {
        ContrastRule.Worst w = ContrastRule.worstAgainstBackdrop(ctx, icon);
        if (w != null && w.ratio() < MIN_CONTRAST) {
            Node at = ctx.model().isInternal(icon) ? ctx.model().owner(icon) : icon;
            ctx.report(id(), at, String.format(Locale.ROOT,
                    "icon has contrast %s (%s on %s); icons need at least %s:1 against what is behind them",
                    Names.ratio(w.ratio()), Wcag.hex(w.fg()), Wcag.hex(w.bg()), Names.px(MIN_CONTRAST)));
        }
    }

    /** What identifies a control on the page: its own region, or the box/circle/track its skin draws. */
    static List<Region> boundaryRegions(Node n) {
        if (n instanceof CheckBox) {
            return parts(n, "box");
        }
        if (n instanceof RadioButton) {
            return parts(n, "radio");
        }
        if (n.getStyleClass().contains("toggle-switch")) {
            return parts(n, "thumb-area");
        }
        return n instanceof Region r ? List.of(r) : List.of();
    }

    private static List<Region> parts(Node n, String styleClass) {
        List<Region> out = new ArrayList<>();
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                if (c instanceof Region r && c.isVisible() && c.getStyleClass().contains(styleClass)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private void checkBoundary(AuditContext ctx, SemanticNode s) {
        Node n = s.node();
        boolean field = s.is(VALUE_INPUT) && !(n instanceof Slider);
        boolean toggle = n instanceof CheckBox || n instanceof RadioButton || n.getStyleClass().contains("toggle-switch");
        boolean button = n instanceof ButtonBase && !toggle && !(n instanceof Hyperlink);
        if (!field && !toggle && !button) {
            return;
        }
        String what = field ? "a field's boundary" : toggle ? "a check box, radio button or switch" : "a button's outline";
        List<FocusWalk.Look> unfocused = ctx.focusWalk().unfocused().get(n);
        for (Region r : boundaryRegions(n)) {
            // judged as it looks without focus (the focus ring is judged on its own below)
            List<Backdrops.Layer> layers = unfocused == null ? Backdrops.paintedLayers(r)
                    : unfocused.stream().filter(l -> l.part() == r).map(FocusWalk.Look::layer).toList();
            Backdrops.Backdrop behind = ctx.backdrops().behindCentreOf(r);
            if (behind == null) {
                continue;
            }
            Best best = best(layers, behind.colours());
            if (layers.isEmpty() || best.ratio() < INVISIBLE_BELOW) {
                if (!button) { // a button that paints nothing visible is a text or icon button: its text or icon is judged
                    ctx.report(id(), n, (r == n ? "draws" : "its " + NodePaths.step(r) + " draws")
                            + " no border and no fill that differ from what is behind it: it cannot be seen; " + what
                            + " needs at least " + Names.px(MIN_CONTRAST) + ":1 against what is behind it");
                }
                continue;
            }
            if (best.ratio() < MIN_CONTRAST) {
                ctx.report(id(), n, String.format(Locale.ROOT,
                        "%shas contrast %s at best (%s on %s); %s needs at least %s:1 against what is behind it",
                        r == n ? "its border and fill " : "its " + NodePaths.step(r) + " ", Names.ratio(best.ratio()),
                        Wcag.hex(best.fg()), Wcag.hex(best.bg()), what, Names.px(MIN_CONTRAST)));
            }
        }
    }

    /** The best layer's worst contrast, with its colours. */
    record Best(double ratio, Color fg, Color bg) {
    }

    /** Of all layers, the one that stands out most, each judged by its worst colour against its worst backdrop. */
    static Best best(List<Backdrops.Layer> layers, List<Color> behind) {
        Best best = null;
        for (Backdrops.Layer l : layers) {
            Best worst = null;
            for (Color c : l.colours()) {
                for (Color bg : behind) {
                    Color seen = Wcag.over(c, 1, bg);
                    double ratio = Wcag.contrastRatio(seen, bg);
                    if (worst == null || ratio < worst.ratio()) {
                        worst = new Best(ratio, seen, bg);
                    }
                }
            }
            if (worst != null && (best == null || worst.ratio() > best.ratio())) {
                best = worst;
            }
        }
        return best == null ? new Best(1, Color.TRANSPARENT, Color.WHITE) : best;
    }

    private void checkFocusRings(AuditContext ctx) {
        FocusWalk.Result w = ctx.focusWalk();
        java.util.Set<Node> expected = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        expected.addAll(w.expected());
        for (Node v : w.visited()) {
            List<FocusWalk.Look> focused = w.focused().get(v);
            List<FocusWalk.Look> unfocused = w.unfocused().get(v);
            if (!expected.contains(v) || focused == null || unfocused == null) {
                continue;
            }
            List<FocusWalk.Look> indicator = FocusWalk.indicator(focused, unfocused);
            if (indicator.isEmpty()) {
                ctx.report(id(), v, "shows no focus indicator: nothing it paints changes when it takes keyboard focus;"
                        + " draw a focus ring with at least " + Names.px(MIN_CONTRAST) + ":1 against what is behind it");
                continue;
            }
            Backdrops.Backdrop behind = ctx.backdrops().behindCentreOf(v);
            if (behind == null) {
                continue;
            }
            Best best = best(indicator.stream().map(FocusWalk.Look::layer).toList(), behind.colours());
            if (best.ratio() < MIN_CONTRAST) {
                ctx.report(id(), v, String.format(Locale.ROOT,
                        "its focus indicator has contrast %s at best (%s on %s); a focus ring needs at least %s:1"
                                + " against what is behind it", Names.ratio(best.ratio()), Wcag.hex(best.fg()), Wcag.hex(best.bg()),
                        Names.px(MIN_CONTRAST)));
            }
        }
    }
}
