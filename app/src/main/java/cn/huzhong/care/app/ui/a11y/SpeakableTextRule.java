package cn.huzhong.care.app.ui.a11y;

import cn.huzhong.care.app.ui.A11y;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;

import java.util.Locale;

import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.CLICKABLE;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.DECORATIVE;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.FOCUSABLE;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.IMAGE;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.INTERNAL;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.VALUE_INPUT;

/**
 * {@link AuditRule#SPEAKABLE_TEXT}: every interactive node and every image has a non-empty {@link SemanticNode#name()
 * name} (icon glyphs removed: an Ikonli icon-only button answers TEXT = its glyph, which no screen reader can say).
 * Skipped: nodes marked {@code hz-decorative} (on the node or an ancestor), except when they are clickable or
 * focusable, which is itself reported; images inside an interactive node (the control is reported instead) or inside
 * a Labeled that has a name (the label speaks for its icon).
 */
public final class SpeakableTextRule implements Rule {
    @Override
    public AuditRule id() {
        return AuditRule.SPEAKABLE_TEXT;
    }

    @Override
    public void check(AuditContext ctx) {
        SceneModel model = ctx.model();
        for (SemanticNode s : model.nodes()) {
            if (s.is(INTERNAL)) {
                continue;
            }
            boolean interactive = s.interactive();
            if (!interactive && !s.is(IMAGE)) {
                continue;
            }
            Node n = s.node();
            if (s.is(DECORATIVE)) {
                if (s.is(CLICKABLE) || s.is(FOCUSABLE)) {
                    ctx.report(id(), n, "is marked " + A11y.DECORATIVE
                            + " but the keyboard or a tap still reaches it: decoration must not be interactive");
                }
                continue;
            }
            if (!interactive && hasSpeakingOwner(model, n)) {
                continue;
            }
            if (!s.name().isEmpty()) {
                continue;
            }
            ctx.report(id(), n, missingNameMessage(s));
        }
    }

    private static boolean hasSpeakingOwner(SceneModel model, Node image) {
        for (Node a = image.getParent(); a != null; a = a.getParent()) {
            if (model.isInteractive(a)) {
                return true; // the control is what a reader announces (and is reported if it says nothing)
            }
            if (a instanceof Labeled && !model.name(a).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    static String promptOf(Node n) {
        if (n instanceof TextInputControl t) {
            return Names.clean(t.getPromptText());
        }
        if (n instanceof ComboBoxBase<?> c) {
            return Names.clean(c.getPromptText());
        }
        return "";
    }

    private static String missingNameMessage(SemanticNode s) {
        Node n = s.node();
        if (s.is(VALUE_INPUT)) {
            String prompt = promptOf(n);
            return "has no name: no visible Label is linked to it with labelFor and it has no accessibleText"
                    + (prompt.isEmpty() ? "" : " (its prompt text " + Names.quote(prompt)
                    + " is not a name: it disappears as soon as someone types)");
        }
        Object raw = Nodes.attr(n, AccessibleAttribute.TEXT);
        if (raw instanceof String str && !str.isBlank()) {
            return "says nothing a screen reader can speak: its only text is an icon glyph (U+"
                    + Integer.toHexString(str.strip().codePointAt(0)).toUpperCase(Locale.ROOT)
                    + "); give it accessibleText (or text), and mark pure decoration " + A11y.DECORATIVE;
        }
        if (s.is(IMAGE)) {
            return "is an image without accessibleText: describe it, or mark it " + A11y.DECORATIVE
                    + " if it is pure decoration";
        }
        return "has no accessible text: a screen reader announces only its role; give it text or accessibleText";
    }
}
