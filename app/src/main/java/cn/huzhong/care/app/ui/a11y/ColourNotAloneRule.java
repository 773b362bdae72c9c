package cn.huzhong.care.app.ui.a11y;

import cn.huzhong.care.app.ui.A11y;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * {@link AuditRule#COLOUR_NOT_ALONE}: a visible node with style class {@code hz-status} shows text: it is a
 * Labeled/Text with non-empty text, or has a visible Labeled/Text descendant with non-empty text. An accessibleText
 * alone is not enough: it helps a screen reader but not someone who cannot tell the colours apart.
 */
public final class ColourNotAloneRule implements Rule {
    @Override
    public AuditRule id() {
        return AuditRule.COLOUR_NOT_ALONE;
    }

    @Override
    public void check(AuditContext ctx) {
        for (SemanticNode s : ctx.model().nodes()) {
            Node n = s.node();
            if (!n.getStyleClass().contains(A11y.STATUS) || showsText(ctx.model(), n)) {
                continue;
            }
            String name = Names.clean(n.getAccessibleText());
            ctx.report(id(), n, name.isEmpty()
                    ? "shows a status by colour or icon only: add words (e.g. 已支付 / Paid)"
                    : "has accessibleText " + Names.quote(name) + " but shows no text: someone who cannot tell the"
                    + " colours apart gets nothing; show the words");
        }
    }

    private static boolean showsText(SceneModel model, Node n) {
        if (n instanceof Labeled l && !Names.clean(l.getText()).isEmpty()
                && l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
            return true;
        }
        if (n instanceof Text t && !Names.isIconText(t.getText()) && !Names.clean(t.getText()).isEmpty()) {
            return true;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                if (model.isVisible(c) && showsText(model, c)) {
                    return true;
                }
            }
        }
        return false;
    }
}
