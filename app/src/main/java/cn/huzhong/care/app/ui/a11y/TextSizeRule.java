package cn.huzhong.care.app.ui.a11y;

import cn.huzhong.care.app.ui.DisplayMode;
import javafx.scene.Node;
import javafx.scene.text.Text;

import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.DECORATIVE;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.TEXT;

/**
 * {@link AuditRule#TEXT_SIZE}: every visible, non-empty, non-icon Text (including the text inside control skins) has
 * a font size, times the scene's vertical scale, of at least 18 px × the mode's text scale (18 px at 100 %, 36 px at
 * 200 %).
 */
public final class TextSizeRule implements Rule {
    private static final double EPS = 0.01;

    @Override
    public AuditRule id() {
        return AuditRule.TEXT_SIZE;
    }

    /** The size of {@code t} as drawn in the scene, px. */
    static double drawnSize(Text t) {
        return t.getFont().getSize() * verticalScale(t);
    }

    private static double verticalScale(Node n) {
        return n.getLocalToSceneTransform().deltaTransform(0, 1).magnitude();
    }

    @Override
    public void check(AuditContext ctx) {
        DisplayMode mode = ctx.mode();
        double minPx = DisplayMode.BASE_FONT_PX * mode.textScale();
        for (SemanticNode s : ctx.model().nodes()) {
            if (!s.is(TEXT) || s.is(DECORATIVE)) {
                continue;
            }
            Text t = (Text) s.node();
            double px = drawnSize(t);
            if (px + EPS < minPx) {
                ctx.report(id(), ctx.model().owner(t), "text " + Names.quote(Names.clean(t.getText())) + " is "
                        + Names.px(px) + " px; body text needs at least " + Names.px(minPx) + " px at text size "
                        + Math.round(mode.textScale() * 100) + " % (size it in em)");
            }
        }
    }
}
