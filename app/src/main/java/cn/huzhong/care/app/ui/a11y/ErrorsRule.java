package cn.huzhong.care.app.ui.a11y;

import cn.huzhong.care.app.ui.A11y;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link AuditRule#ERRORS}: every visible {@code hz-field-error} node has text; is linked to its field by
 * {@code hz.errorFor} (as {@link A11y#showError} does); the field is visible; the error's top is not above the field's
 * bottom (1 px tolerance), it overlaps the field horizontally and no other interactive node sits between them; the
 * field's HELP equals the error text. When any error shows, the focus owner (when the audit starts) is the first
 * invalid field in reading order.
 */
public final class ErrorsRule implements Rule {
    @Override
    public AuditRule id() {
        return AuditRule.ERRORS;
    }

    @Override
    public void check(AuditContext ctx) {
        SceneModel model = ctx.model();
        List<Node> invalid = new ArrayList<>();
        for (SemanticNode es : model.nodes()) {
            Node e = es.node();
            if (!e.getStyleClass().contains(A11y.FIELD_ERROR)) {
                continue;
            }
            // what a screen reader reads (a label of the kit shows its text with line ends added for the width)
            String text = Names.clean(e instanceof Labeled ? Nodes.attr(e, javafx.scene.AccessibleAttribute.TEXT)
                    : e instanceof Text t ? t.getText() : es.name());
            if (text.isEmpty()) {
                ctx.report(id(), e, "is a visible field error without text");
                continue;
            }
            if (!(e.getProperties().get(A11y.ERROR_FOR_KEY) instanceof Node field)) {
                ctx.report(id(), e, "is not linked to its field (" + A11y.ERROR_FOR_KEY
                        + "): show errors with A11y.showError");
                continue;
            }
            if (field.getScene() != ctx.scene() || !model.isVisible(field)) {
                ctx.report(id(), e, "belongs to a field that is not visible: " + NodePaths.path(field));
                continue;
            }
            invalid.add(field);
            Bounds eb = es.bounds();
            Bounds fb = model.bounds(field);
            if (eb.getMinY() < fb.getMaxY() - 1) {
                ctx.report(id(), e, "is not under its field " + NodePaths.step(field) + " (error top "
                        + Names.px(eb.getMinY()) + " px, field bottom " + Names.px(fb.getMaxY())
                        + " px): put the error directly below the field");
            } else if (eb.getMaxX() <= fb.getMinX() || eb.getMinX() >= fb.getMaxX()) {
                ctx.report(id(), e, "is not under its field " + NodePaths.step(field)
                        + ": it does not line up with the field");
            } else {
                for (SemanticNode os : model.nodes()) {
                    Node other = os.node();
                    if (other == field || other == e || !os.interactive() || Nodes.within(other, field)) {
                        continue;
                    }
                    Bounds ob = os.bounds();
                    if (ob.getMinY() >= fb.getMaxY() - 1 && ob.getMaxY() <= eb.getMinY() + 1
                            && ob.getMaxX() > eb.getMinX() && ob.getMinX() < eb.getMaxX()) {
                        ctx.report(id(), e, NodePaths.step(other) + " sits between the field "
                                + NodePaths.step(field) + " and its error: the error belongs directly below the field");
                        break;
                    }
                }
            }
            String help = Names.clean(Nodes.attr(field, javafx.scene.AccessibleAttribute.HELP));
            if (!help.equals(text)) {
                ctx.report(id(), field, "its accessible help is " + (help.isEmpty() ? "empty" : Names.quote(help))
                        + " but its error says " + Names.quote(text)
                        + ": make the error the field's help (A11y.showError) so a screen reader reads it with the field");
            }
        }
        // a field behind an open dialog (disabled with the page under it) waits: the dialog has the focus
        invalid.removeIf(Node::isDisabled);
        if (!invalid.isEmpty()) {
            Node first = model.readingOrder(invalid).get(0);
            Node focusAtStart = model.focusOwner();
            if (focusAtStart == null || !Nodes.within(focusAtStart, first)) {
                ctx.report(id(), first, "is the first invalid field but focus is on "
                        + (focusAtStart == null ? "nothing" : NodePaths.path(focusAtStart))
                        + ": move focus to the first invalid field when errors show");
            }
        }
    }
}
