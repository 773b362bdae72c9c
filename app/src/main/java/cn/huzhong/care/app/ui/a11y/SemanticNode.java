package cn.huzhong.care.app.ui.a11y;

import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;

import java.util.Set;

/**
 * One visible node of a {@link SceneModel}, with what a screen reader is given for it, computed once when the model
 * is built: its {@link Trait traits}, its ROLE, its {@link #name() name} and HELP, the label that LABELED_BY points
 * at, and its layout bounds in the scene. Immutable (the JavaFX node it describes is not).
 *
 * @param node      the JavaFX node
 * @param index     its position in the model's pre-order walk of the scene graph
 * @param traits    what kind of node it is for assistive technology (see {@link Trait})
 * @param role      ROLE as the node answers it (null when it cannot answer)
 * @param name      what a screen reader announces as its name ("" for internal nodes and nodes without one): for a
 *                  value input the TEXT of the Label that LABELED_BY points at, else its explicit accessibleText
 *                  (never the prompt text nor the value, which TEXT answers for a TextField); for a table row its
 *                  cells' TEXT joined with ", "; for everything else TEXT, else the LABELED_BY label's TEXT; always
 *                  {@link Names#clean cleaned} (icon glyphs and line-breaking glue removed)
 * @param help      HELP, cleaned ("" when none; not computed for internal nodes)
 * @param labeledBy the node LABELED_BY points at, or null
 * @param bounds    layout bounds in scene coordinates when the model was built
 */
public record SemanticNode(Node node, int index, Set<Trait> traits, AccessibleRole role, String name, String help,
                           Node labeledBy, Bounds bounds) {

    /** What a node is for assistive technology. */
    public enum Trait {
        /**
         * A part that a control's skin made for itself (the box of a CheckBox, the arrows of a Spinner, the bars of a
         * ScrollPane, the editor of a ComboBox…): the control answers for it. A Labeled's graphic, a ScrollPane's or
         * TitledPane's content, tab contents, SplitPane/ToolBar/Accordion/ButtonBar items, the cells of a
         * ListView/TreeView/TableView and everything inside controls the model does not know are author content.
         */
        INTERNAL,
        /**
         * A ButtonBase, a filled list/tree/table cell or row, a node with an {@code onMouseClicked/Pressed/Released}
         * or {@code onTouchPressed/Released} handler, or a node whose role is an activatable one (BUTTON,
         * HYPERLINK…). Handlers added with {@code addEventHandler} cannot be seen through the public API.
         */
        CLICKABLE,
        /** A value input or a toggle input. */
        INPUT,
        /** TextInputControl, ComboBox/DatePicker/ColorPicker, ChoiceBox, Spinner or Slider. */
        VALUE_INPUT,
        /** CheckBox or RadioButton. */
        TOGGLE_INPUT,
        /** Focus-traversable and enabled. */
        FOCUSABLE,
        /** An ImageView, an icon, or role IMAGE_VIEW. */
        IMAGE,
        /** An Ikonli icon, or a Text made only of icon-font glyphs, or role IMAGE_VIEW. */
        ICON,
        /** Marked {@code hz-decorative}, on itself or an ancestor. */
        DECORATIVE,
        /** Has a mouse or touch handler property set. */
        POINTER_HANDLER,
        /** A non-empty list/tree/table cell or row. */
        FILLED_CELL,
        /** A Text (not an icon) whose text says something ({@link Names#clean} is not empty). */
        TEXT
    }

    public boolean is(Trait t) {
        return traits.contains(t);
    }

    /** Clickable, an input, or focusable (never internal). */
    public boolean interactive() {
        return is(Trait.CLICKABLE) || is(Trait.INPUT) || is(Trait.FOCUSABLE);
    }
}
