package cn.huzhong.care.app.ui.a11y;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.List;
import java.util.Locale;

import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.DECORATIVE;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.TEXT;

/**
 * {@link AuditRule#CONTRAST}: for every visible, enabled (WCAG exempts inactive controls), non-empty, non-icon Text:
 * the resolved text colour against the resolved background at the text's centre ({@link Backdrops}). The text colour
 * is its fill with its alpha times the opacity of the text and its ancestors below the background. Gradients count as
 * all their stop colours and the worst pair decides; an ImagePattern or a background image makes the text
 * unresolvable and it is skipped. Ratio by WCAG 2.2 relative luminance ({@link Wcag}), no rounding: at least
 * {@value #MIN_CONTRAST}:1, {@value #MIN_CONTRAST_LARGE_TEXT}:1 for large text (≥ {@value #LARGE_TEXT_PX} px, or ≥
 * {@value #LARGE_BOLD_TEXT_PX} px with a bold face actually in use), and {@value #MIN_CONTRAST_HIGH}:1 for all text in
 * high-contrast mode.
 */
public final class ContrastRule implements Rule {
    /** Minimum contrast of normal text. */
    public static final double MIN_CONTRAST = 4.5;
    /** Minimum contrast of large text. */
    public static final double MIN_CONTRAST_LARGE_TEXT = 3.0;
    /** Minimum contrast of any text in high-contrast mode. */
    public static final double MIN_CONTRAST_HIGH = 7.0;
    /** Text at least this size (px) is large text (18 pt). */
    public static final double LARGE_TEXT_PX = 24;
    /** Bold text at least this size (px) is large text (14 pt). */
    public static final double LARGE_BOLD_TEXT_PX = 18.66;
    private static final double EPS = 0.01;

    @Override
    public AuditRule id() {
        return AuditRule.CONTRAST;
    }

    @Override
    public void check(AuditContext ctx) {
        for (SemanticNode s : ctx.model().nodes()) {
            if (!s.is(TEXT) || s.is(DECORATIVE) || s.node().isDisabled()) {
                continue;
            }
            check(ctx, (Text) s.node());
        }
    }

    /** The worst contrast of a paint against what is behind a point, with the two colours that give it. */
    record Worst(double ratio, Color fg, Color bg) {
    }

    /** The worst contrast of {@code t}'s fill against what is behind its centre, or null when unresolvable. */
    static Worst worstAgainstBackdrop(AuditContext ctx, Text t) {
        List<Color> fills = Backdrops.colours(t.getFill());
        if (fills == null) {
            return null; // no fill, or an image pattern: cannot be resolved
        }
        Bounds lb = t.getLayoutBounds();
        Point2D centre = t.localToScene(lb.getCenterX(), lb.getCenterY());
        Backdrops.Backdrop backdrop = ctx.backdrops().behind(t.getParent(), centre);
        if (backdrop == null) {
            return null; // behind a background image or image pattern: cannot be resolved
        }
        double opacity = Backdrops.opacityBelow(t, backdrop.owner());
        Worst worst = null;
        for (Color fg : fills) {
            for (Color bg : backdrop.colours()) {
                Color seen = Wcag.over(fg, opacity, bg);
                double ratio = Wcag.contrastRatio(seen, bg);
                if (worst == null || ratio < worst.ratio()) {
                    worst = new Worst(ratio, seen, bg);
                }
            }
        }
        return worst;
    }

    private void check(AuditContext ctx, Text t) {
        Worst worst = worstAgainstBackdrop(ctx, t);
        if (worst == null) {
            return;
        }
        double px = TextSizeRule.drawnSize(t);
        boolean large = px + EPS >= LARGE_TEXT_PX || (isBold(t.getFont()) && px + EPS >= LARGE_BOLD_TEXT_PX);
        boolean high = ctx.mode().highContrast();
        double required = high ? MIN_CONTRAST_HIGH : large ? MIN_CONTRAST_LARGE_TEXT : MIN_CONTRAST;
        if (worst.ratio() < required) {
            ctx.report(id(), ctx.model().owner(t), String.format(Locale.ROOT,
                    "text %s has contrast %.2f:1 (%s on %s); %s needs at least %s:1",
                    Names.quote(Names.clean(t.getText())), worst.ratio(), Wcag.hex(worst.fg()), Wcag.hex(worst.bg()),
                    high ? "high-contrast mode" : large ? "large text" : "text", Names.px(required)));
        }
    }

    static boolean isBold(Font f) {
        String style = (f.getStyle() + " " + f.getName()).toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.contains("semibold") || style.contains("demibold")) {
            return false;
        }
        return style.contains("bold") || style.contains("black") || style.contains("heavy");
    }
}
