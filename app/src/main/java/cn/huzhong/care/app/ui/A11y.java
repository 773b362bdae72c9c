package cn.huzhong.care.app.ui;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

/**
 * The accessibility contract between the views and the accessibility audit (ACCESSIBILITY.md; the audit is
 * {@link cn.huzhong.care.app.ui.a11y.Audit}). Views mark what the audit cannot infer with these style classes and node
 * properties; the audit reads the same names: {@link #FIXED_BAR} for the fixed-areas rule, {@link #DANGER} and
 * {@link #DESTRUCTIVE_KEY} for the destructive-action rule, {@link #SHORT_LABEL} for the line-breaks rule (text made
 * with {@link cn.huzhong.care.app.ui.a11y.LineBreaks#shortLabel}), {@link #announce} for the results-in-view check.
 */
public final class A11y {
    /** Style class of an image or icon that is pure decoration: skipped by the "speakable text" rule. */
    public static final String DECORATIVE = "hz-decorative";
    /** Style class of a screen's primary action (one per screen, at the bottom, full width): at least 60 × 60 px. */
    public static final String PRIMARY = "hz-primary";
    /** Style class of a home-screen tile: at least 60 × 60 px. */
    public static final String TILE = "hz-tile";
    /** Style class of the text node that shows a field's error, placed under the field. */
    public static final String FIELD_ERROR = "hz-field-error";
    /** Style class of a node that shows a status (paid, rejected, offline…): it must carry text, never colour alone. */
    public static final String STATUS = "hz-status";
    /**
     * Node property naming what a clickable node does. Two clickable nodes on one screen may say the same thing
     * only when they carry the same action id (they do the same thing).
     */
    public static final String ACTION_KEY = "hz.action";
    /** Node property: the field whose error this label shows (set by {@link #showError}). */
    public static final String ERROR_FOR_KEY = "hz.errorFor";
    /**
     * Style class of the bars that do not scroll with the screen (app bar, offline and acting-for banners): together
     * at most 25 % of the scene's height at 200 % text.
     */
    public static final String FIXED_BAR = "hz-fixed-bar";
    /** Style class of a destructive action (cancel a booking, sign out): error colour, outlined, never primary. */
    public static final String DANGER = "hz-danger";
    /** Node property ({@code Boolean.TRUE}) on an action that destroys or undoes something; set by {@link #destructive}. */
    public static final String DESTRUCTIVE_KEY = "hz.destructive";
    /**
     * Style class of a short label (button text, tab and tile titles, a person's name): it never wraps inside a word;
     * it gets the room it needs or wraps only where its text allows (a space or U+200B). Set its text through
     * {@link cn.huzhong.care.app.ui.a11y.LineBreaks#shortLabel}: JavaFX would otherwise break between any two Han
     * characters. The class counts for the node and everything inside it.
     */
    public static final String SHORT_LABEL = "hz-short";
    /** Scene property holding the {@code ObservableList<String>} of what was announced to assistive technology. */
    public static final String ANNOUNCEMENTS_KEY = "hz.announcements";
    /**
     * Node property ({@code Boolean.TRUE}) on an open modal layer (the kit's dialogs and sheets): while it is visible, a
     * screen reader sees only what is inside it (set by {@link #modal}).
     */
    public static final String MODAL_KEY = "hz.modal";

    private A11y() {
    }

    /** Links a visible label to its field (screen readers read the label for the field). */
    public static <T extends Control> T labelled(Label label, T field) {
        label.setLabelFor(field);
        label.setMnemonicParsing(false);
        return field;
    }

    /**
     * Shows {@code message} in {@code errorLabel} (a text node under the field) and makes it the field's
     * accessible help, so a screen reader reads the error with the field. {@code null} clears it.
     */
    public static void showError(Node field, Label errorLabel, String message) {
        boolean show = message != null && !message.isBlank();
        errorLabel.setText(show ? message : "");
        errorLabel.setVisible(show);
        errorLabel.setManaged(show);
        field.setAccessibleHelp(show ? message : null);
        errorLabel.getProperties().put(ERROR_FOR_KEY, field);
        if (show) {
            if (!errorLabel.getStyleClass().contains(FIELD_ERROR)) {
                errorLabel.getStyleClass().add(FIELD_ERROR);
            }
            if (!field.getStyleClass().contains("hz-invalid")) {
                field.getStyleClass().add("hz-invalid");
            }
        } else {
            field.getStyleClass().remove("hz-invalid");
        }
    }

    /**
     * As {@link #showError}, for a group of options (radio buttons or check boxes) in {@code group}: the error goes
     * under the whole group, and every option carries it as its help, so a screen reader reads it on each.
     */
    public static void showGroupError(Node group, java.util.List<? extends Control> options, Label errorLabel,
                                      String message) {
        showError(group, errorLabel, message);
        boolean show = message != null && !message.isBlank();
        for (Control option : options) {
            option.setAccessibleHelp(show ? message : null);
        }
    }

    /** Marks a node as decoration (not read aloud, not audited for text). */
    public static <T extends Node> T decorative(T node) {
        if (!node.getStyleClass().contains(DECORATIVE)) {
            node.getStyleClass().add(DECORATIVE);
        }
        node.setFocusTraversable(false);
        return node;
    }

    /** Marks an action as destructive (see {@link #DESTRUCTIVE_KEY}); the kit styles it with {@link #DANGER}. */
    public static <T extends Node> T destructive(T node) {
        node.getProperties().put(DESTRUCTIVE_KEY, Boolean.TRUE);
        if (!node.getStyleClass().contains(DANGER)) {
            node.getStyleClass().add(DANGER);
        }
        return node;
    }

    /**
     * Says {@code text} to assistive technology (a result that appears without moving focus: "已提交"). Kept, newest
     * last, in the scene's {@link #ANNOUNCEMENTS_KEY} list, where the desktop and phone screen-reader bridges and the
     * audit read it. Does nothing for a node not in a scene. FX thread only.
     */
    public static void announce(Node inScene, String text) {
        javafx.scene.Scene scene = inScene.getScene();
        if (scene != null && text != null && !text.isBlank()) {
            announcements(scene).add(text);
        }
    }

    /** What was announced in {@code scene} so far, oldest first (see {@link #announce}). */
    @SuppressWarnings("unchecked")
    public static javafx.collections.ObservableList<String> announcements(javafx.scene.Scene scene) {
        return (javafx.collections.ObservableList<String>) scene.getProperties().computeIfAbsent(ANNOUNCEMENTS_KEY,
                k -> javafx.collections.FXCollections.observableArrayList());
    }

    /** Marks {@code layer} as modal (see {@link #MODAL_KEY}): the page under it is hidden from screen readers. */
    public static <T extends Node> T modal(T layer) {
        layer.getProperties().put(MODAL_KEY, Boolean.TRUE);
        return layer;
    }

    /** Names the action of a clickable node (see {@link #ACTION_KEY}). */
    public static <T extends Node> T action(T node, String actionId) {
        node.getProperties().put(ACTION_KEY, actionId);
        return node;
    }
}
