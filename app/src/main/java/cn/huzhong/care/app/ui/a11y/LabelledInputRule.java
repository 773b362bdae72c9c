package cn.huzhong.care.app.ui.a11y;

import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.Labeled;

import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.INPUT;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.TOGGLE_INPUT;

/**
 * {@link AuditRule#LABELLED_INPUT}: every input has LABELED_BY pointing at a Label that is visible and has text; a
 * CheckBox or RadioButton with its own non-empty text is labelled by it. Prompt text does not count. Check boxes have
 * no group object in JavaFX, so each is checked alone.
 */
public final class LabelledInputRule implements Rule {
    @Override
    public AuditRule id() {
        return AuditRule.LABELLED_INPUT;
    }

    @Override
    public void check(AuditContext ctx) {
        SceneModel model = ctx.model();
        for (SemanticNode s : model.nodes()) {
            if (!s.is(INPUT)) {
                continue;
            }
            Node n = s.node();
            if (s.is(TOGGLE_INPUT) && !Names.clean(((Labeled) n).getText()).isEmpty()) {
                continue; // a check box or radio button says its own text
            }
            String prompt = SpeakableTextRule.promptOf(n);
            Node label = s.labeledBy();
            if (label == null) {
                ctx.report(id(), n, "has no visible Label linked with labelFor"
                        + (prompt.isEmpty() ? "" : "; its prompt text " + Names.quote(prompt) + " is not a label"));
            } else if (!model.isVisible(label) || label.getScene() != ctx.scene()) {
                ctx.report(id(), n, "its label " + NodePaths.step(label) + " is not visible on the screen");
            } else if (Names.clean(Nodes.attr(label, AccessibleAttribute.TEXT)).isEmpty()) {
                ctx.report(id(), n, "its label " + NodePaths.step(label) + " has no text");
            }
        }
    }
}
