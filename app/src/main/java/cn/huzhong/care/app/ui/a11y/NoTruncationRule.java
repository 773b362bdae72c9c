package cn.huzhong.care.app.ui.a11y;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.INTERNAL;

/**
 * {@link AuditRule#NO_TRUNCATION} (checked in every mode; at 200 % is where it bites): a Labeled whose skin shows a
 * different string than its text (the ellipsis), with mnemonic underscores allowed; a node whose layout bounds,
 * clipped by its ancestors' clips, reach past the left or right edge of the scene (reported on the outermost such
 * node); a ScrollPane whose content is wider than its viewport or whose horizontal bar policy is ALWAYS; any visible
 * horizontal scroll bar (ListView, TextArea…).
 */
public final class NoTruncationRule implements Rule {
    @Override
    public AuditRule id() {
        return AuditRule.NO_TRUNCATION;
    }

    @Override
    public void check(AuditContext ctx) {
        checkEllipsis(ctx);
        checkOverflow(ctx);
    }

    private void checkEllipsis(AuditContext ctx) {
        SceneModel model = ctx.model();
        for (SemanticNode s : model.nodes()) {
            if (!(s.node() instanceof Labeled l) || l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
                continue;
            }
            String text = l.getText();
            if (text == null || text.isEmpty()) {
                continue;
            }
            Text shown = null;
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && child != l.getGraphic()) {
                    shown = t;
                    break;
                }
            }
            if (shown == null || !model.isVisible(shown)) {
                continue;
            }
            String d = shown.getText() == null ? "" : shown.getText();
            if (!d.equals(text) && !(l.isMnemonicParsing() && d.equals(stripMnemonic(text)))) {
                ctx.report(id(), model.owner(l), "shows " + Names.quote(d) + " instead of " + Names.quote(text)
                        + ": the text is cut off; let it wrap (setWrapText(true)) or give it room");
            }
        }
    }

    private void checkOverflow(AuditContext ctx) {
        SceneModel model = ctx.model();
        Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        if (ctx.scene().getRoot() != null) {
            overflow(ctx, ctx.scene().getRoot(), model.width(), reported);
        }
        for (SemanticNode s : model.nodes()) {
            Node n = s.node();
            if (n instanceof ScrollPane sp && !s.is(INTERNAL)) {
                Node content = sp.getContent();
                double vw = sp.getViewportBounds().getWidth();
                if (content != null && content.getLayoutBounds().getWidth() > vw + 0.5 && reported.add(sp)) {
                    ctx.report(id(), sp, "its content is " + Names.px(content.getLayoutBounds().getWidth())
                            + " px wide but only " + Names.px(vw) + " px fit: it needs horizontal scrolling; lay it out"
                            + " to the width (setFitToWidth(true), wrapping text)");
                } else if (sp.getHbarPolicy() == ScrollPane.ScrollBarPolicy.ALWAYS && reported.add(sp)) {
                    ctx.report(id(), sp, "always shows a horizontal scroll bar (hbarPolicy ALWAYS)");
                }
            }
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                    && bar.getWidth() > 0 && bar.getHeight() > 0) {
                Node o = model.owner(bar);
                if (reported.add(o)) {
                    ctx.report(id(), o, "shows a horizontal scroll bar: its content is wider than it");
                }
            }
        }
    }

    private void overflow(AuditContext ctx, Node n, double sceneWidth, Set<Node> reported) {
        if (!ctx.model().isVisible(n)) {
            return;
        }
        Bounds b = Nodes.clippedSceneBounds(n);
        if (b.getWidth() > 0 && (b.getMaxX() > sceneWidth + 0.5 || b.getMinX() < -0.5)) {
            Node o = ctx.model().owner(n);
            if (reported.add(o)) {
                ctx.report(id(), o, b.getMaxX() > sceneWidth + 0.5
                        ? "reaches " + Names.px(b.getMaxX() - sceneWidth) + " px past the right edge of the "
                        + Names.px(sceneWidth) + " px wide screen: it is cut off or needs horizontal scrolling"
                        : "starts " + Names.px(-b.getMinX()) + " px left of the screen: it is cut off");
            }
            return;
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                overflow(ctx, child, sceneWidth, reported);
            }
        }
    }

    private static String stripMnemonic(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_' && i + 1 < s.length()) {
                sb.append(s.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
