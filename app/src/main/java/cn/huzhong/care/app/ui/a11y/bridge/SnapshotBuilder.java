package cn.huzhong.care.app.ui.a11y.bridge;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.a11y.Names;
import cn.huzhong.care.app.ui.a11y.Nodes;
import cn.huzhong.care.app.ui.a11y.SceneModel;
import cn.huzhong.care.app.ui.a11y.SemanticNode;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.CLICKABLE;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.DECORATIVE;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.FOCUSABLE;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.IMAGE;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.INPUT;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.INTERNAL;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.TEXT;

/**
 * Builds the {@link Snapshot} of a shown scene from its {@link SceneModel} (the model the accessibility audit reads,
 * so the two never disagree on names, roles or order). FX thread only.
 *
 * <h2>What a screen reader is given</h2>
 * <ul>
 * <li>Scope: the whole scene, or, while a modal layer ({@link A11y#modal}: the kit's dialogs and sheets) is shown,
 * only what is inside the top-most one: the disabled page under it is hidden from the reader.</li>
 * <li>Every interactive node (clickable, input, focusable) that is not internal to a control, not decorative, and not
 * inside another interactive node: that one speaks for its content (a row's lines, a button's icon and word);</li>
 * <li>every text (a Label with a name, a Text) and every image with a name, that is not inside one of those;</li>
 * <li>containers: scroll panes and lists, which hold the nodes inside them (their {@code parent});</li>
 * <li>merged away: a Label that labels a field (labelFor) that is in the snapshot and says the label's text as its
 * name, and a field's error line that the field says as its help, so nothing is read twice.</li>
 * </ul>
 * Order: {@link cn.huzhong.care.app.ui.a11y.ReadingOrder} over those nodes (the audit's reading order: rows top to
 * bottom, a scroll pane's content as one block where the pane is). Names and help are {@link SemanticNode#name()}
 * and {@link SemanticNode#help()}; roles come from ROLE and the model's traits.
 */
public final class SnapshotBuilder {
    private final NodeIds ids;

    /** The snapshot and, for each of its ids, the JavaFX node it stands for (for actions by id). */
    public record Built(Snapshot snapshot, Map<Integer, Node> nodes) {
    }

    public SnapshotBuilder(NodeIds ids) {
        this.ids = ids;
    }

    /** Builds the snapshot of {@code model} (texts in {@code lang}, a BCP 47 tag). */
    public Built build(SceneModel model, String lang) {
        Node scope = modalScope(model);
        Map<Node, SemanticNode> picked = new LinkedHashMap<>();
        Map<Node, SnapshotRole> roles = new IdentityHashMap<>();
        // pre-order: a parent is met before its children, so "in the scope" and "inside a node that speaks for its
        // content" are known from the parent in constant time
        Set<Node> inScope = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Node> spokenFor = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SemanticNode s : model.nodes()) {
            Node n = s.node();
            Node parent = n.getParent();
            if (scope != null) {
                if (n != scope && (parent == null || !inScope.contains(parent))) {
                    continue;
                }
                inScope.add(n);
            }
            if (parent != null && spokenFor.contains(parent)) {
                spokenFor.add(n);
                continue;
            }
            if (s.is(INTERNAL) || s.is(DECORATIVE)) {
                continue;
            }
            SnapshotRole role = role(s);
            if (role == null) {
                continue;
            }
            picked.put(n, s);
            roles.put(n, role);
            if (!role.container()) {
                spokenFor.add(n); // it speaks for everything inside it
            }
        }
        mergeLabels(picked);

        List<Node> order = model.readingOrder(picked.keySet());
        Map<String, Integer> fxIds = new HashMap<>();
        for (Node n : order) {
            if (n.getId() != null) {
                fxIds.merge(n.getId(), 1, Integer::sum);
            }
        }
        Map<Node, Integer> idOf = new IdentityHashMap<>();
        for (Node n : order) {
            idOf.put(n, ids.of(n, n.getId() != null && fxIds.get(n.getId()) == 1));
        }
        double sceneW = model.width();
        double sceneH = model.height();
        List<SnapshotNode> out = new ArrayList<>(order.size());
        Map<Integer, Node> byId = new HashMap<>();
        Set<Integer> placed = new java.util.HashSet<>();
        for (Node n : order) {
            SemanticNode s = picked.get(n);
            SnapshotRole role = roles.get(n);
            int id = idOf.get(n);
            int parent = SnapshotNode.ROOT;
            for (Node a = n.getParent(); a != null; a = a.getParent()) {
                SnapshotRole r = roles.get(a);
                if (r != null && r.container() && picked.containsKey(a) && placed.contains(idOf.get(a))) {
                    parent = idOf.get(a);
                    break;
                }
            }
            Bounds b = s.bounds();
            EnumSet<SnapshotNode.Flag> flags = flags(model, s, role, sceneW, sceneH);
            EnumSet<SnapshotAction> actions = actions(s, role, flags, parent != SnapshotNode.ROOT);
            out.add(new SnapshotNode(id, parent, role, s.name(), s.help(), value(n, role, s.name()),
                    (int) Math.round(b.getMinX()), (int) Math.round(b.getMinY()),
                    (int) Math.round(b.getWidth()), (int) Math.round(b.getHeight()), flags, actions, range(n)));
            byId.put(id, n);
            placed.add(id);
        }
        int focused = 0;
        Node owner = model.focusOwner();
        for (Node a = owner; a != null && focused == 0; a = a.getParent()) {
            Integer id = picked.containsKey(a) ? idOf.get(a) : null;
            if (id != null) {
                focused = id;
            }
        }
        Snapshot snapshot = new Snapshot((int) Math.round(sceneW), (int) Math.round(sceneH), focused, lang, out);
        return new Built(snapshot, Collections.unmodifiableMap(byId));
    }

    /** The top-most shown modal layer, or null. */
    static Node modalScope(SceneModel model) {
        Node scope = null;
        for (SemanticNode s : model.nodes()) {
            Node n = s.node();
            if (n.hasProperties() && Boolean.TRUE.equals(n.getProperties().get(A11y.MODAL_KEY))) {
                scope = n; // pre-order: a later one is above or inside an earlier one
            }
        }
        return scope;
    }

    /** What a screen reader should be told {@code s} is, or null when it is not told about it. */
    static SnapshotRole role(SemanticNode s) {
        Node n = s.node();
        if (n instanceof ScrollPane) {
            return SnapshotRole.SCROLL;
        }
        if (n instanceof ListView || n instanceof TreeView || n instanceof TableView || n instanceof TreeTableView) {
            return SnapshotRole.LIST;
        }
        AccessibleRole r = s.role();
        if (s.is(CLICKABLE) || s.is(INPUT) || s.is(FOCUSABLE)) {
            SnapshotRole mapped = mapped(r, n);
            if (mapped != null) {
                return mapped;
            }
            return s.is(CLICKABLE) ? SnapshotRole.BUTTON : SnapshotRole.TEXT;
        }
        if (s.name().isEmpty()) {
            return null;
        }
        if (n instanceof ProgressIndicator) {
            return SnapshotRole.PROGRESS;
        }
        if (s.is(IMAGE)) {
            return SnapshotRole.IMAGE;
        }
        if (n instanceof Labeled || s.is(TEXT)) {
            return SnapshotRole.TEXT;
        }
        return null;
    }

    private static SnapshotRole mapped(AccessibleRole r, Node n) {
        if (n instanceof PasswordField) {
            return SnapshotRole.PASSWORD;
        }
        if (n instanceof TextInputControl) {
            return SnapshotRole.TEXT_FIELD;
        }
        if (n instanceof ComboBoxBase || n instanceof ChoiceBox) {
            return SnapshotRole.COMBO;
        }
        if (n instanceof Slider || n instanceof Spinner) {
            return SnapshotRole.ADJUSTABLE;
        }
        if (r == null) {
            return null;
        }
        return switch (r) {
            case BUTTON, MENU_BUTTON, SPLIT_MENU_BUTTON, MENU_ITEM, INCREMENT_BUTTON, DECREMENT_BUTTON ->
                    SnapshotRole.BUTTON;
            case TOGGLE_BUTTON -> SnapshotRole.TOGGLE;
            case CHECK_BOX, CHECK_MENU_ITEM -> SnapshotRole.CHECK_BOX;
            case RADIO_BUTTON, RADIO_MENU_ITEM -> SnapshotRole.RADIO;
            case HYPERLINK -> SnapshotRole.LINK;
            case TEXT_FIELD, TEXT_AREA -> SnapshotRole.TEXT_FIELD;
            case PASSWORD_FIELD -> SnapshotRole.PASSWORD;
            case COMBO_BOX, DATE_PICKER -> SnapshotRole.COMBO;
            case SLIDER, SPINNER, SCROLL_BAR -> SnapshotRole.ADJUSTABLE;
            case PROGRESS_INDICATOR -> SnapshotRole.PROGRESS;
            case LIST_ITEM, TREE_ITEM, CHECK_BOX_TREE_ITEM, TABLE_ROW, TREE_TABLE_ROW, TABLE_CELL, TREE_TABLE_CELL ->
                    SnapshotRole.LIST_ITEM;
            case TAB_ITEM, PAGE_ITEM -> SnapshotRole.TAB;
            case IMAGE_VIEW -> SnapshotRole.IMAGE;
            default -> null;
        };
    }

    /**
     * Drops a Label whose field is in the snapshot and already says the label's text (its name), and a field's error
     * line that the field already says (its help).
     */
    private static void mergeLabels(Map<Node, SemanticNode> picked) {
        picked.entrySet().removeIf(e -> {
            if (!(e.getKey() instanceof Label label)) {
                return false;
            }
            String said = e.getValue().name();
            SemanticNode field = label.getLabelFor() == null ? null : picked.get(label.getLabelFor());
            if (field != null && !said.isEmpty() && field.name().contains(said)) {
                return true;
            }
            Object errorFor = label.hasProperties() ? label.getProperties().get(A11y.ERROR_FOR_KEY) : null;
            SemanticNode erred = errorFor instanceof Node f ? picked.get(f) : null;
            return erred != null && !said.isEmpty() && erred.help().contains(said);
        });
    }

    private static EnumSet<SnapshotNode.Flag> flags(SceneModel model, SemanticNode s, SnapshotRole role,
                                                   double sceneW, double sceneH) {
        Node n = s.node();
        EnumSet<SnapshotNode.Flag> f = EnumSet.noneOf(SnapshotNode.Flag.class);
        if (s.is(FOCUSABLE)) {
            f.add(SnapshotNode.Flag.FOCUSABLE);
        }
        if (n == model.focusOwner()) {
            f.add(SnapshotNode.Flag.FOCUSED);
        }
        if (n.isDisabled()) {
            f.add(SnapshotNode.Flag.DISABLED);
        }
        boolean checkable = role == SnapshotRole.CHECK_BOX || role == SnapshotRole.RADIO || role == SnapshotRole.TOGGLE;
        if (checkable) {
            f.add(SnapshotNode.Flag.CHECKABLE);
            boolean on = n instanceof CheckBox c ? c.isSelected()
                    : n instanceof Toggle t ? t.isSelected()
                    : Boolean.TRUE.equals(Nodes.attr(n, AccessibleAttribute.SELECTED));
            if (on) {
                f.add(SnapshotNode.Flag.CHECKED);
                if (role != SnapshotRole.CHECK_BOX) {
                    f.add(SnapshotNode.Flag.SELECTED);
                }
            }
        } else if ((role == SnapshotRole.LIST_ITEM || role == SnapshotRole.TAB)
                && Boolean.TRUE.equals(Nodes.attr(n, AccessibleAttribute.SELECTED))) {
            f.add(SnapshotNode.Flag.SELECTED);
        }
        if (n instanceof TextInputControl t && t.isEditable()) {
            f.add(SnapshotNode.Flag.EDITABLE);
        }
        if (n instanceof TextArea) {
            f.add(SnapshotNode.Flag.MULTILINE);
        }
        if (role == SnapshotRole.TEXT && (n.getStyleClass().contains(Styles.TITLE)
                || n.getStyleClass().contains(Styles.HEADING) || n.getStyleClass().contains(Styles.APP_BAR_TITLE))) {
            f.add(SnapshotNode.Flag.HEADING);
        }
        Bounds seen = Nodes.clippedSceneBounds(n);
        if (seen.getWidth() <= 0 || seen.getHeight() <= 0 || seen.getMaxX() <= 0 || seen.getMaxY() <= 0
                || seen.getMinX() >= sceneW || seen.getMinY() >= sceneH) {
            f.add(SnapshotNode.Flag.OFFSCREEN);
        }
        if (n.getStyleClass().contains("hz-invalid")) {
            f.add(SnapshotNode.Flag.INVALID);
        }
        if (Nodes.attr(n, AccessibleAttribute.EXPANDED) instanceof Boolean expanded && !checkable) {
            f.add(expanded ? SnapshotNode.Flag.EXPANDED : SnapshotNode.Flag.COLLAPSED);
        }
        return f;
    }

    private static EnumSet<SnapshotAction> actions(SemanticNode s, SnapshotRole role, Set<SnapshotNode.Flag> flags,
                                                   boolean inContainer) {
        EnumSet<SnapshotAction> a = EnumSet.noneOf(SnapshotAction.class);
        Node n = s.node();
        if (inContainer) {
            a.add(SnapshotAction.SHOW); // scrolling is allowed even to a disabled node: it is read, not used
        }
        if (role == SnapshotRole.SCROLL && n instanceof ScrollPane sp && sp.getContent() != null) {
            double content = sp.getContent().getLayoutBounds().getHeight();
            double view = sp.getViewportBounds().getHeight();
            if (content > view + 0.5) {
                if (sp.getVvalue() < sp.getVmax()) {
                    a.add(SnapshotAction.SCROLL_FORWARD);
                }
                if (sp.getVvalue() > sp.getVmin()) {
                    a.add(SnapshotAction.SCROLL_BACKWARD);
                }
            }
        }
        if (flags.contains(SnapshotNode.Flag.DISABLED)) {
            return a;
        }
        if (s.is(CLICKABLE) || s.is(INPUT)) {
            a.add(SnapshotAction.CLICK);
        }
        if (s.is(FOCUSABLE)) {
            a.add(SnapshotAction.FOCUS);
        }
        if (n instanceof TextInputControl t && t.isEditable()) {
            a.add(SnapshotAction.SET_TEXT);
        }
        if (role == SnapshotRole.ADJUSTABLE) {
            a.add(SnapshotAction.INCREMENT);
            a.add(SnapshotAction.DECREMENT);
        }
        return a;
    }

    private static String value(Node n, SnapshotRole role, String name) {
        String v = "";
        if (role == SnapshotRole.PASSWORD) {
            return "";
        }
        if (n instanceof TextInputControl t) {
            v = t.getText();
        } else if (role == SnapshotRole.COMBO || role == SnapshotRole.ADJUSTABLE) {
            Object text = Nodes.attr(n, AccessibleAttribute.TEXT);
            if (!(text instanceof String) && Nodes.attr(n, AccessibleAttribute.VALUE) instanceof Number num) {
                text = WireFormat.number(num.doubleValue());
            }
            v = Names.clean(text);
        }
        v = v == null ? "" : v;
        return v.equals(name) ? "" : v;
    }

    private static SnapshotNode.Range range(Node n) {
        if (!(n instanceof Slider || n instanceof Spinner || n instanceof ProgressIndicator)) {
            return null;
        }
        if (n instanceof ProgressIndicator p) {
            return new SnapshotNode.Range(0, 1, p.getProgress() < 0 ? -1 : p.getProgress());
        }
        Object min = Nodes.attr(n, AccessibleAttribute.MIN_VALUE);
        Object max = Nodes.attr(n, AccessibleAttribute.MAX_VALUE);
        Object now = Nodes.attr(n, AccessibleAttribute.VALUE);
        if (min instanceof Number a && max instanceof Number b && now instanceof Number c) {
            return new SnapshotNode.Range(a.doubleValue(), b.doubleValue(), c.doubleValue());
        }
        return null;
    }
}
