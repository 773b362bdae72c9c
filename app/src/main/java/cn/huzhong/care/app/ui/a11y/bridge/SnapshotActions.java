package cn.huzhong.care.app.ui.a11y.bridge;

import cn.huzhong.care.app.ui.a11y.Nodes;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAction;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;

/**
 * Carries out on the JavaFX side what a screen reader asked for a node of a {@link Snapshot}: through
 * {@link Node#executeAccessibleAction} where JavaFX has the action (FIRE, REQUEST_FOCUS, INCREMENT, DECREMENT), through
 * the control's own API where it has not (setting a field's text, scrolling a pane). A disabled node, or one no longer
 * in a scene, refuses everything. FX thread only.
 */
public final class SnapshotActions {
    private SnapshotActions() {
    }

    /** Does {@code action} on {@code n}; {@code argument} is the text for {@link SnapshotAction#SET_TEXT}. */
    public static boolean perform(Node n, SnapshotAction action, String argument) {
        if (n == null || n.getScene() == null || action == null) {
            return false;
        }
        if (action == SnapshotAction.SHOW) {
            return show(n);
        }
        if (action == SnapshotAction.SCROLL_FORWARD || action == SnapshotAction.SCROLL_BACKWARD) {
            return n instanceof ScrollPane sp && scrollPage(sp, action == SnapshotAction.SCROLL_FORWARD ? 1 : -1);
        }
        if (n.isDisabled()) {
            return false;
        }
        return switch (action) {
            case CLICK -> click(n);
            case FOCUS -> focus(n);
            case SET_TEXT -> setText(n, argument);
            case INCREMENT -> adjust(n, AccessibleAction.INCREMENT);
            case DECREMENT -> adjust(n, AccessibleAction.DECREMENT);
            default -> false;
        };
    }

    private static boolean click(Node n) {
        show(n);
        if (n instanceof ButtonBase) {
            n.executeAccessibleAction(AccessibleAction.FIRE); // buttons, toggles, check boxes, radio buttons, links
            return true;
        }
        if (n instanceof TextInputControl || n instanceof ComboBoxBase) {
            return focus(n); // a field takes typing; a combo box opens from the keyboard
        }
        if (n instanceof IndexedCell<?> cell && !cell.isEmpty()) {
            select(cell); // a list item: chosen, as a tap on it does
            if (cell.getOnMouseClicked() == null) {
                return true;
            }
        }
        if (n.getOnMouseClicked() != null || n.getOnMousePressed() != null || n.getOnMouseReleased() != null) {
            tap(n); // a node with a tap handler: a tap at its centre, as a finger would
            return true;
        }
        n.executeAccessibleAction(AccessibleAction.FIRE);
        return true;
    }

    /** Chooses the item of a list, tree or table cell (JavaFX's REQUEST_FOCUS on a cell only moves the focus). */
    private static void select(IndexedCell<?> cell) {
        int i = cell.getIndex();
        if (cell instanceof ListCell<?> c && c.getListView() != null) {
            c.getListView().getSelectionModel().clearAndSelect(i);
        } else if (cell instanceof TreeCell<?> c && c.getTreeView() != null) {
            c.getTreeView().getSelectionModel().clearAndSelect(i);
        } else if (cell instanceof TableRow<?> c && c.getTableView() != null) {
            c.getTableView().getSelectionModel().clearAndSelect(i);
        } else if (cell instanceof TreeTableRow<?> c && c.getTreeTableView() != null) {
            c.getTreeTableView().getSelectionModel().clearAndSelect(i);
        } else {
            cell.executeAccessibleAction(AccessibleAction.REQUEST_FOCUS);
        }
    }

    private static boolean focus(Node n) {
        if (!n.isFocusTraversable() && !(n instanceof TextInputControl)) {
            return false;
        }
        show(n);
        n.requestFocus();
        return n.isFocused() || n.getScene().getFocusOwner() != null && Nodes.within(n.getScene().getFocusOwner(), n);
    }

    private static boolean setText(Node n, String text) {
        if (!(n instanceof TextInputControl t) || !t.isEditable()) {
            return false;
        }
        t.setText(text == null ? "" : text);
        t.positionCaret(t.getLength());
        return true;
    }

    private static boolean adjust(Node n, AccessibleAction direction) {
        if (!(n instanceof Slider || n instanceof Spinner)) {
            return false;
        }
        n.executeAccessibleAction(direction);
        return true;
    }

    /** A primary-button press, release and click at the centre of {@code n}. */
    private static void tap(Node n) {
        Bounds b = n.getLayoutBounds();
        double x = b.getCenterX();
        double y = b.getCenterY();
        Point2D scene = n.localToScene(x, y);
        Point2D screen = n.localToScreen(x, y);
        double sx = screen == null ? scene.getX() : screen.getX();
        double sy = screen == null ? scene.getY() : screen.getY();
        PickResult pick = new PickResult(n, scene.getX(), scene.getY());
        for (var type : new javafx.event.EventType<?>[] {MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED,
                MouseEvent.MOUSE_CLICKED}) {
            @SuppressWarnings("unchecked")
            var t = (javafx.event.EventType<MouseEvent>) type;
            // x and y "with respect to the scene": the event is made local to n on its way
            n.fireEvent(new MouseEvent(t, scene.getX(), scene.getY(), sx, sy, MouseButton.PRIMARY, 1, false, false,
                    false, false, t == MouseEvent.MOUSE_PRESSED, false, false, true, false, true, pick));
        }
    }

    /** Scrolls every scroll pane and list around {@code n} so that it is in view. */
    static boolean show(Node n) {
        boolean inside = false;
        for (Node a = n.getParent(); a != null; a = a.getParent()) {
            if (a instanceof ScrollPane sp && sp.getContent() != null && Nodes.within(n, sp.getContent())) {
                reveal(sp, n);
                inside = true;
            }
            if (a instanceof ListView<?> lv && n instanceof IndexedCell<?> cell && cell.getIndex() >= 0) {
                lv.scrollTo(cell.getIndex());
                inside = true;
            }
        }
        return inside;
    }

    private static void reveal(ScrollPane sp, Node n) {
        Node content = sp.getContent();
        Bounds b = content.sceneToLocal(n.localToScene(n.getLayoutBounds()));
        double contentH = content.getLayoutBounds().getHeight();
        double viewH = sp.getViewportBounds().getHeight();
        if (b == null || contentH <= viewH) {
            return;
        }
        double top = fraction(sp) * (contentH - viewH);
        double target = top;
        if (b.getMinY() < top) {
            target = b.getMinY();
        } else if (b.getMaxY() > top + viewH) {
            target = Math.min(b.getMinY(), b.getMaxY() - viewH);
        }
        target = Math.max(0, Math.min(target, contentH - viewH));
        if (target != top) {
            sp.setVvalue(sp.getVmin() + target / (contentH - viewH) * (sp.getVmax() - sp.getVmin()));
        }
        sp.layout();
    }

    private static double fraction(ScrollPane sp) {
        double range = sp.getVmax() - sp.getVmin();
        return range <= 0 ? 0 : (sp.getVvalue() - sp.getVmin()) / range;
    }

    /** One page (90 % of the view) on or back; false when already at that end. */
    private static boolean scrollPage(ScrollPane sp, int direction) {
        if (sp.getContent() == null) {
            return false;
        }
        double contentH = sp.getContent().getLayoutBounds().getHeight();
        double viewH = sp.getViewportBounds().getHeight();
        if (contentH <= viewH) {
            return false;
        }
        double before = sp.getVvalue();
        double step = viewH * 0.9 / (contentH - viewH) * (sp.getVmax() - sp.getVmin());
        sp.setVvalue(Math.max(sp.getVmin(), Math.min(sp.getVmax(), before + direction * step)));
        sp.layout();
        return sp.getVvalue() != before;
    }
}
