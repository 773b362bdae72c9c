package cn.huzhong.care.app.ui.a11y;

import cn.huzhong.care.app.ui.A11y;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Accordion;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Pagination;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.Icon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The semantic model of one shown scene: every visible node (it and all its ancestors visible, opacity above 0) in
 * pre-order, each with what a screen reader is given for it ({@link SemanticNode}), read through the public
 * accessibility API ({@link Node#queryAccessibleAttribute}: ROLE, TEXT, HELP, LABELED_BY). The audit's rules read it;
 * a screen-reader snapshot for phones can be built from the same model, so the two never disagree.
 *
 * <p>Built on the FX thread by {@link #of}, which applies CSS and lays the scene out first. Immutable: names, roles
 * and traits are computed once; the model does not follow later changes of the scene.
 */
public final class SceneModel {
    private static final Set<AccessibleRole> ACTIVATABLE_ROLES = Set.of(
            AccessibleRole.BUTTON, AccessibleRole.TOGGLE_BUTTON, AccessibleRole.HYPERLINK, AccessibleRole.CHECK_BOX,
            AccessibleRole.RADIO_BUTTON, AccessibleRole.MENU_BUTTON, AccessibleRole.SPLIT_MENU_BUTTON,
            AccessibleRole.MENU_ITEM, AccessibleRole.CHECK_MENU_ITEM, AccessibleRole.RADIO_MENU_ITEM,
            AccessibleRole.TAB_ITEM, AccessibleRole.LIST_ITEM, AccessibleRole.TREE_ITEM);

    private final Scene scene;
    private final double width;
    private final double height;
    private final Node focusOwner;
    private final List<SemanticNode> nodes;
    private final Map<Node, SemanticNode> byNode;

    private SceneModel(Scene scene, List<SemanticNode> nodes, Map<Node, SemanticNode> byNode) {
        this.scene = scene;
        this.width = scene.getWidth();
        this.height = scene.getHeight();
        this.focusOwner = scene.getFocusOwner();
        this.nodes = Collections.unmodifiableList(nodes);
        this.byNode = Collections.unmodifiableMap(byNode);
    }

    /** Applies CSS, lays {@code scene} out and builds its model. FX thread only. */
    public static SceneModel of(Scene scene) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("SceneModel.of must run on the FX thread");
        }
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        return new Builder(scene).build();
    }

    /**
     * Builds the model of {@code scene} as it is now, without applying CSS or laying it out first: for a scene that a
     * pulse has just laid out (the screen-reader exporter, which runs after one), where doing it again would only cost
     * time. FX thread only.
     */
    public static SceneModel ofLaidOut(Scene scene) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("SceneModel.ofLaidOut must run on the FX thread");
        }
        return new Builder(scene).build();
    }

    public Scene scene() {
        return scene;
    }

    /** The scene's width when the model was built, px. */
    public double width() {
        return width;
    }

    /** The scene's height when the model was built, px. */
    public double height() {
        return height;
    }

    /** What had keyboard focus when the model was built (may be null). */
    public Node focusOwner() {
        return focusOwner;
    }

    /** Every visible node, in pre-order (parents before children, children in child order). */
    public List<SemanticNode> nodes() {
        return nodes;
    }

    /** The model of {@code n}, or null when it is not visible. */
    public SemanticNode get(Node n) {
        return byNode.get(n);
    }

    public boolean isVisible(Node n) {
        return byNode.containsKey(n);
    }

    /** Whether a visible node has the trait (false for nodes not in the model). */
    public boolean is(Node n, SemanticNode.Trait trait) {
        SemanticNode s = byNode.get(n);
        return s != null && s.is(trait);
    }

    public boolean isInternal(Node n) {
        return is(n, SemanticNode.Trait.INTERNAL);
    }

    public boolean isInteractive(Node n) {
        SemanticNode s = byNode.get(n);
        return s != null && s.interactive();
    }

    /** The name a screen reader announces ("" when none, or for nodes not in the model). */
    public String name(Node n) {
        SemanticNode s = byNode.get(n);
        return s == null ? "" : s.name();
    }

    /** Where to report a finding about {@code n}: the nearest node that an author made ({@code n} or an ancestor). */
    public Node owner(Node n) {
        Node o = n;
        while (o.getParent() != null && isInternal(o)) {
            o = o.getParent();
        }
        return o;
    }

    /** {@code nodes} in reading order (see {@link ReadingOrder}). */
    public List<Node> readingOrder(Collection<? extends Node> nodes) {
        return ReadingOrder.sort(nodes);
    }

    // ------------------------------------------------------------------------------------------ classification

    static boolean isValueInput(Node n) {
        return n instanceof TextInputControl || n instanceof ComboBoxBase || n instanceof ChoiceBox
                || n instanceof Spinner || n instanceof Slider;
    }

    static boolean isToggleInput(Node n) {
        return n instanceof CheckBox || n instanceof RadioButton;
    }

    static boolean isFilledCell(Node n) {
        boolean rowOrCell = n instanceof ListCell || n instanceof TreeCell || n instanceof TableRow
                || n instanceof TreeTableRow;
        return rowOrCell && !((IndexedCell<?>) n).isEmpty();
    }

    static boolean hasPointerHandler(Node n) {
        return n.getOnMouseClicked() != null || n.getOnMousePressed() != null || n.getOnMouseReleased() != null
                || n.getOnTouchPressed() != null || n.getOnTouchReleased() != null;
    }

    /** Ikonli icons, Texts made only of icon-font glyphs, and nodes with role IMAGE_VIEW. */
    static boolean isIcon(Node n) {
        if (n instanceof Icon) {
            return true;
        }
        if (n instanceof Text t && Names.isIconText(t.getText())) {
            return true;
        }
        return Nodes.role(n) == AccessibleRole.IMAGE_VIEW;
    }

    /** Whether {@code n}, a descendant of control {@code c}, is content that an author gave {@code c}. */
    static boolean exposes(Control c, Node n) {
        if (c instanceof TitledPane tp) {
            return Nodes.within(n, tp.getContent()) || Nodes.within(n, tp.getGraphic());
        }
        if (c instanceof Labeled l) { // buttons, labels, cells, check boxes: only the graphic is the author's
            return Nodes.within(n, l.getGraphic());
        }
        if (c instanceof ScrollPane sp) {
            return Nodes.within(n, sp.getContent());
        }
        if (c instanceof ListView || c instanceof TreeView || c instanceof TableView || c instanceof TreeTableView) {
            for (Node a = n; a != null && a != c; a = a.getParent()) {
                if (a instanceof IndexedCell) {
                    return true;
                }
            }
            return false;
        }
        if (c instanceof TabPane tabs) {
            for (Tab t : tabs.getTabs()) {
                if (Nodes.within(n, t.getContent()) || Nodes.within(n, t.getGraphic())) {
                    return true;
                }
            }
            return false;
        }
        if (c instanceof SplitPane s) {
            return s.getItems().stream().anyMatch(i -> Nodes.within(n, i));
        }
        if (c instanceof ToolBar t) {
            return t.getItems().stream().anyMatch(i -> Nodes.within(n, i));
        }
        if (c instanceof Accordion a) {
            return a.getPanes().stream().anyMatch(i -> Nodes.within(n, i));
        }
        if (c instanceof ButtonBar bb) {
            return bb.getButtons().stream().anyMatch(i -> Nodes.within(n, i));
        }
        if (isValueInput(c) || c instanceof ScrollBar || c instanceof ProgressIndicator || c instanceof Separator
                || c instanceof MenuBar || c instanceof Pagination) {
            return false;
        }
        return true; // a control we do not know: what is inside is the author's
    }

    // ------------------------------------------------------------------------------------------ building

    private static final class Builder {
        private final Scene scene;
        private final List<Node> visible = new ArrayList<>();
        private final Set<Node> visibleSet = Collections.newSetFromMap(new IdentityHashMap<>());

        Builder(Scene scene) {
            this.scene = scene;
        }

        SceneModel build() {
            if (scene.getRoot() != null) {
                collect(scene.getRoot());
            }
            Map<Node, EnumSet<SemanticNode.Trait>> traits = new IdentityHashMap<>(visible.size() * 2);
            Map<Node, AccessibleRole> roles = new IdentityHashMap<>(visible.size() * 2);
            for (Node n : visible) {
                AccessibleRole role = Nodes.role(n);
                roles.put(n, role);
                traits.put(n, traits(n, role));
            }
            List<SemanticNode> out = new ArrayList<>(visible.size());
            Map<Node, SemanticNode> byNode = new IdentityHashMap<>(visible.size() * 2);
            int i = 0;
            for (Node n : visible) {
                EnumSet<SemanticNode.Trait> t = traits.get(n);
                boolean internal = t.contains(SemanticNode.Trait.INTERNAL);
                Node labeledBy = Nodes.attr(n, AccessibleAttribute.LABELED_BY) instanceof Node l ? l : null;
                String name = internal ? "" : name(n, labeledBy);
                String help = internal ? "" : Names.clean(Nodes.attr(n, AccessibleAttribute.HELP));
                SemanticNode s = new SemanticNode(n, i++, Collections.unmodifiableSet(t), roles.get(n), name, help,
                        labeledBy, Nodes.sceneBounds(n));
                out.add(s);
                byNode.put(n, s);
            }
            return new SceneModel(scene, out, byNode);
        }

        private void collect(Node n) {
            if (!n.isVisible() || n.getOpacity() <= 0) {
                return;
            }
            visible.add(n);
            visibleSet.add(n);
            if (n instanceof Parent p) {
                for (Node child : p.getChildrenUnmodifiable()) {
                    collect(child);
                }
            }
        }

        private EnumSet<SemanticNode.Trait> traits(Node n, AccessibleRole role) {
            EnumSet<SemanticNode.Trait> t = EnumSet.noneOf(SemanticNode.Trait.class);
            boolean internal = isInternal(n);
            boolean icon = isIcon(n);
            if (internal) {
                t.add(SemanticNode.Trait.INTERNAL);
            }
            if (icon) {
                t.add(SemanticNode.Trait.ICON);
            }
            if (n instanceof Text text && !icon && !Names.clean(text.getText()).isEmpty()) {
                t.add(SemanticNode.Trait.TEXT);
            }
            if (decorative(n)) {
                t.add(SemanticNode.Trait.DECORATIVE);
            }
            boolean pointer = hasPointerHandler(n);
            if (pointer) {
                t.add(SemanticNode.Trait.POINTER_HANDLER);
            }
            boolean filledCell = isFilledCell(n);
            if (filledCell) {
                t.add(SemanticNode.Trait.FILLED_CELL);
            }
            if (internal) {
                return t;
            }
            if (n instanceof ButtonBase || filledCell || pointer
                    || role != null && ACTIVATABLE_ROLES.contains(role) && !(n instanceof IndexedCell)) {
                t.add(SemanticNode.Trait.CLICKABLE);
            }
            if (isValueInput(n)) {
                t.add(SemanticNode.Trait.VALUE_INPUT);
                t.add(SemanticNode.Trait.INPUT);
            }
            if (isToggleInput(n)) {
                t.add(SemanticNode.Trait.TOGGLE_INPUT);
                t.add(SemanticNode.Trait.INPUT);
            }
            if (n.isFocusTraversable() && !n.isDisabled()) {
                t.add(SemanticNode.Trait.FOCUSABLE);
            }
            if (n instanceof ImageView || icon) {
                t.add(SemanticNode.Trait.IMAGE);
            }
            return t;
        }

        private final Map<Node, Boolean> internal = new IdentityHashMap<>();
        private final Map<Node, Boolean> decorative = new IdentityHashMap<>();

        /** {@link Nodes#hasClassInPath} for {@link A11y#DECORATIVE}, remembered per node (parents come first). */
        private boolean decorative(Node n) {
            Boolean known = decorative.get(n);
            if (known == null) {
                known = n.getStyleClass().contains(A11y.DECORATIVE) || n.getParent() != null && decorative(n.getParent());
                decorative.put(n, known);
            }
            return known;
        }

        private boolean isInternal(Node n) {
            Boolean known = internal.get(n);
            if (known != null) {
                return known;
            }
            boolean result = false;
            for (Node p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof Control c && !exposes(c, n)) {
                    result = true;
                    break;
                }
            }
            internal.put(n, result);
            return result;
        }

        private String name(Node n, Node labeledBy) {
            if (isValueInput(n)) {
                String fromLabel = labelText(labeledBy);
                return fromLabel.isEmpty() ? Names.clean(n.getAccessibleText()) : fromLabel;
            }
            String text = Names.clean(Nodes.attr(n, AccessibleAttribute.TEXT));
            if (text.isEmpty() && (n instanceof TableRow || n instanceof TreeTableRow)) {
                text = rowText((Parent) n); // a table row is read cell by cell
            }
            return text.isEmpty() ? labelText(labeledBy) : text;
        }

        private String rowText(Parent row) {
            List<String> cells = new ArrayList<>();
            for (Node c : row.getChildrenUnmodifiable()) {
                if (c instanceof IndexedCell && visibleSet.contains(c)) {
                    String t = Names.clean(Nodes.attr(c, AccessibleAttribute.TEXT));
                    if (!t.isEmpty()) {
                        cells.add(t);
                    }
                }
            }
            return String.join(", ", cells);
        }

        private static String labelText(Node label) {
            return label == null ? "" : Names.clean(Nodes.attr(label, AccessibleAttribute.TEXT));
        }
    }

    /** The bounds of a visible node when the model was built (null when not visible). */
    public Bounds bounds(Node n) {
        SemanticNode s = byNode.get(n);
        return s == null ? null : s.bounds();
    }
}
