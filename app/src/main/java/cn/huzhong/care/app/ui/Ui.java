package cn.huzhong.care.app.ui;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The shared building blocks of every screen, so each view reads as a list of what it shows. Every text wraps
 * (nothing is cut off at 200 %), every clickable node has speakable text, icons are decoration next to text.
 */
public final class Ui {
    private final DisplayMode mode;
    private final Messages messages;
    private final java.time.Clock clock;
    private final cn.huzhong.care.app.ui.kit.Overlay overlay;
    private final cn.huzhong.care.app.ui.kit.Snackbar snackbar;

    /** For a screen in the shell: dialogs, sheets and the snackbar open in the shell's layers. */
    public Ui(DisplayMode mode, Messages messages, java.time.Clock clock, cn.huzhong.care.app.ui.kit.Overlay overlay,
              cn.huzhong.care.app.ui.kit.Snackbar snackbar) {
        this.mode = mode;
        this.messages = messages;
        this.clock = clock;
        this.overlay = overlay;
        this.snackbar = snackbar;
    }

    /** For content outside the shell (the start screen): no dialogs, no snackbar. */
    public Ui(DisplayMode mode, Messages messages, java.time.Clock clock) {
        this(mode, messages, clock, null, null);
    }

    /** Where dialogs and bottom sheets open. */
    public cn.huzhong.care.app.ui.kit.Overlay overlay() {
        if (overlay == null) {
            throw new IllegalStateException("no overlay outside the shell");
        }
        return overlay;
    }

    /** Says a short result at the bottom of the screen and to screen readers, once per {@code key} on a screen. */
    public void snackbar(String key, String text) {
        if (snackbar != null) {
            snackbar.show(this, key, text);
        }
    }

    /** Today, in the district's time zone (for pickers' ranges). */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock.withZone(cn.huzhong.care.core.time.Dates.ZONE));
    }

    /**
     * When data came from the device's cache (the server could not be reached), says how old it is:
     * "离线：这是 5 分钟前保存的内容". Null for fresh data.
     */
    public Label cachedNote(java.time.Instant savedAt, boolean fromCache) {
        if (!fromCache) {
            return null;
        }
        String text = savedAt == null ? t("common.cached.builtIn")
                : t("common.cached.text", messages.age(savedAt, clock.instant()), messages.dateTime(savedAt));
        return status(text, Styles.Tone.WARN);
    }

    /**
     * For data from the device's cache: {@link #cachedNote} and a button to load it again ("重新加载"), to add to a
     * screen in that order. Nothing for fresh data.
     */
    public java.util.List<Node> cachedNoteWithReload(java.time.Instant savedAt, boolean fromCache, Runnable reload) {
        Label note = cachedNote(savedAt, fromCache);
        if (note == null) {
            return java.util.List.of();
        }
        return java.util.List.of(note, secondary(t("common.reload.label"), MaterialDesignR.REFRESH, reload));
    }

    public DisplayMode mode() {
        return mode;
    }

    public Messages messages() {
        return messages;
    }

    public String t(String key, Object... args) {
        return messages.get(key, args);
    }

    // ---- text ----

    public static Label text(String text, String... styleClasses) {
        Label l = new cn.huzhong.care.app.ui.text.WrapLabel(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMnemonicParsing(false);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    public static Label title(String text) {
        return text(text, Styles.TITLE);
    }

    public static Label heading(String text) {
        return text(text, Styles.HEADING);
    }

    public static Label body(String text) {
        return text(text, Styles.BODY);
    }

    public static Label muted(String text) {
        return text(text, Styles.BODY, Styles.MUTED);
    }

    /** A status in words, with an icon as a second cue; colour is only a third. */
    public Label status(String text, Styles.Tone tone) {
        Label l = text(text, A11y.STATUS, tone.styleClass());
        l.setGraphic(icon(switch (tone) {
            case OK -> MaterialDesignC.CHECK_CIRCLE;
            case WARN -> MaterialDesignA.ALERT;
            case ERROR -> MaterialDesignC.CLOSE_CIRCLE;
            case INFO -> MaterialDesignI.INFORMATION;
        }));
        return l;
    }

    public FontIcon icon(Ikon ikon) {
        return sized(ikon, 1.2);
    }

    public FontIcon bigIcon(Ikon ikon) {
        return sized(ikon, 1.8);
    }

    /** An icon scaled with the text size (inline, because the theme's stylesheet fixes icons at 18 px). */
    private FontIcon sized(Ikon ikon, double em) {
        FontIcon icon = new FontIcon();
        // style first: Ikonli then adds its own font family to this style when the icon code is set
        icon.setStyle("-fx-icon-size: " + Math.round(mode.fontPx() * em) + "px;");
        icon.setIconCode(ikon);
        return A11y.decorative(icon);
    }

    // ---- actions ----

    /** The screen's one primary action: full width, at least 60 px high. */
    public Button primary(String text, Runnable action) {
        Button b = button(text, action);
        b.getStyleClass().add(A11y.PRIMARY);
        return b;
    }

    /**
     * An action that destroys or undoes something ("取消预约", "退出登录"): in the error colour, outlined, never the
     * filled primary look; in a dialog it comes after the safe choice.
     */
    public Button danger(String text, Runnable action) {
        Button b = button(text, action);
        b.getStyleClass().add(Styles.SECONDARY);
        A11y.destructive(b);
        return b;
    }

    public Button secondary(String text, Ikon ikon, Runnable action) {
        Button b = button(text, action);
        b.getStyleClass().add(Styles.SECONDARY);
        if (ikon != null) {
            b.setGraphic(icon(ikon));
        }
        return b;
    }

    public static Button button(String text, Runnable action) {
        Button b = new cn.huzhong.care.app.ui.text.WrapButton(text);
        b.setWrapText(true);
        b.setMnemonicParsing(false);
        b.setMinHeight(Region.USE_PREF_SIZE);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A button that shows only an icon: its name is given to screen readers and as a tooltip. */
    public Button iconButton(Ikon ikon, String name, Runnable action) {
        Button b = new Button();
        b.setGraphic(icon(ikon));
        b.setAccessibleText(name);
        b.setTooltip(new javafx.scene.control.Tooltip(name));
        b.getStyleClass().add(Styles.ICON_BUTTON);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A list row that opens something: the whole row is one target, read as one sentence. */
    public Button row(String spokenText, Runnable action, Node... lines) {
        return row(spokenText, null, action, lines);
    }

    /** A list row with an icon at its start (see {@link #row(String, Runnable, Node...)}). */
    public Button row(String spokenText, Ikon leading, Runnable action, Node... lines) {
        VBox text = new VBox(lines);
        text.setSpacing(mode.fontPx() * 0.25);
        text.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        FontIcon chevron = icon(org.kordamp.ikonli.materialdesign2.MaterialDesignC.CHEVRON_RIGHT);
        chevron.getStyleClass().add(Styles.CHEVRON);
        javafx.scene.layout.HBox content = new javafx.scene.layout.HBox(text, chevron);
        // at large text the leading icon would leave the words too little room: the row's words say it all
        if (leading != null && mode.textScale() < 1.5) {
            FontIcon lead = bigIcon(leading);
            lead.getStyleClass().add(Styles.ROW_ICON);
            content.getChildren().add(0, lead);
        }
        content.setAlignment(Pos.CENTER_LEFT);
        content.setSpacing(mode.fontPx() * 0.5);
        content.setMaxWidth(Double.MAX_VALUE);
        content.setMouseTransparent(true);
        Button b = new Button();
        b.setGraphic(content);
        b.setAccessibleText(spokenText);
        b.getStyleClass().add(Styles.ROW);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinHeight(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        content.prefWidthProperty().bind(b.widthProperty().subtract(mode.fontPx() * 1.8));
        return b;
    }

    // ---- containers ----

    public VBox screen(Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add(Styles.SCREEN);
        box.setFillWidth(true);
        return box;
    }

    public static VBox card(Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add(Styles.CARD);
        box.setFillWidth(true);
        return box;
    }

    public static VBox section(Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add(Styles.SECTION);
        return box;
    }

    /**
     * Vertical scrolling only: content is laid out to the width, never scrolled sideways; a thin bar as phones show
     * it; a drag scrolls (touch or mouse), and so do Page Up/Down, Home and End wherever focus is inside.
     */
    public static ScrollPane scroll(Node content) {
        ScrollPane sp = new ScrollPane(content);
        sp.setFitToWidth(true);
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sp.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        sp.getStyleClass().add(Styles.SCROLL);
        sp.setFocusTraversable(false);
        sp.setPannable(true);
        sp.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            double page = sp.getViewportBounds().getHeight();
            double total = sp.getContent() == null ? 0 : sp.getContent().getBoundsInLocal().getHeight() - page;
            if (total <= 0 || e.getTarget() instanceof javafx.scene.control.TextInputControl) {
                return;
            }
            double step = switch (e.getCode()) {
                case PAGE_DOWN -> page * 0.9;
                case PAGE_UP -> -page * 0.9;
                case HOME -> -total;
                case END -> total;
                default -> 0;
            };
            if (step != 0) {
                sp.setVvalue(Math.max(0, Math.min(1, sp.getVvalue() + step / total)));
                e.consume();
            }
        });
        return sp;
    }

    /** A labelled field: the label above, the field, and its error line under it (hidden until needed). */
    public record Field<C extends Control>(VBox box, Label label, C control, Label error) {
    }

    public <C extends Control> Field<C> field(String labelText, C control) {
        Label label = text(labelText, Styles.FIELD_LABEL);
        A11y.labelled(label, control);
        control.setMaxWidth(Double.MAX_VALUE);
        Label error = text("");
        A11y.showError(control, error, null);
        VBox box = new VBox(label, control, error);
        box.setSpacing(mode.fontPx() * 0.3);
        return new Field<>(box, label, control, error);
    }

    /**
     * Options to choose one of: radio buttons under a visible label, each a stop for Tab and for a screen reader
     * (no ToggleGroup: it would let Tab reach only the chosen one; this keeps them exclusive itself), and the
     * group's error line under the last option.
     */
    public record Choice<T>(VBox box, Label label, VBox group, java.util.List<javafx.scene.control.RadioButton> options,
                            java.util.List<T> values, Label error) {
        public void showError(String message) {
            A11y.showGroupError(group, options, error, message);
        }

        /** The first option, where focus goes when the group is in error. */
        public javafx.scene.control.RadioButton first() {
            return options.get(0);
        }
    }

    public <T> Choice<T> choice(String labelText, java.util.List<T> values, java.util.function.Function<T, String> name,
                                T selected, java.util.function.Consumer<T> onSelect) {
        Label label = text(labelText, Styles.FIELD_LABEL);
        label.setMnemonicParsing(false);
        VBox group = new VBox();
        group.setSpacing(mode.fontPx() * 0.15);
        java.util.List<javafx.scene.control.RadioButton> options = new java.util.ArrayList<>();
        for (T v : values) {
            javafx.scene.control.RadioButton r = new cn.huzhong.care.app.ui.text.WrapRadioButton(name.apply(v));
            r.setWrapText(true);
            r.setMnemonicParsing(false);
            r.setMinHeight(Region.USE_PREF_SIZE);
            r.setMaxWidth(Double.MAX_VALUE);
            r.setSelected(v.equals(selected));
            r.setOnAction(e -> {
                for (javafx.scene.control.RadioButton other : options) {
                    other.setSelected(other == r);
                }
                onSelect.accept(v);
            });
            options.add(r);
            group.getChildren().add(r);
        }
        if (!options.isEmpty()) {
            label.setLabelFor(options.get(0));
        }
        Label error = text("");
        A11y.showGroupError(group, options, error, null);
        VBox box = new VBox(label, group, error);
        box.setSpacing(mode.fontPx() * 0.3);
        return new Choice<>(box, label, group, java.util.List.copyOf(options), java.util.List.copyOf(values), error);
    }

    /** Options to tick any number of: check boxes under a visible label, with the group's error line under them. */
    public record Checks<T>(VBox box, Label label, VBox group, java.util.List<javafx.scene.control.CheckBox> options,
                            Label error) {
        public void showError(String message) {
            A11y.showGroupError(group, options, error, message);
        }

        public javafx.scene.control.CheckBox first() {
            return options.get(0);
        }
    }

    public <T> Checks<T> checks(String labelText, java.util.List<T> values, java.util.function.Function<T, String> name,
                                java.util.Collection<T> selected, java.util.function.BiConsumer<T, Boolean> onToggle) {
        Label label = text(labelText, Styles.FIELD_LABEL);
        VBox group = new VBox();
        group.setSpacing(mode.fontPx() * 0.15);
        java.util.List<javafx.scene.control.CheckBox> options = new java.util.ArrayList<>();
        for (T v : values) {
            javafx.scene.control.CheckBox c = checkBox(name.apply(v), selected.contains(v));
            c.selectedProperty().addListener((o, was, on) -> onToggle.accept(v, on));
            options.add(c);
            group.getChildren().add(c);
        }
        if (!options.isEmpty()) {
            label.setLabelFor(options.get(0));
        }
        Label error = text("");
        A11y.showGroupError(group, options, error, null);
        VBox box = new VBox(label, group, error);
        box.setSpacing(mode.fontPx() * 0.3);
        return new Checks<>(box, label, group, java.util.List.copyOf(options), error);
    }

    public static javafx.scene.control.CheckBox checkBox(String text, boolean selected) {
        javafx.scene.control.CheckBox c = new cn.huzhong.care.app.ui.text.WrapCheckBox(text);
        c.setSelected(selected);
        c.setWrapText(true);
        c.setMnemonicParsing(false);
        c.setMinHeight(Region.USE_PREF_SIZE);
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    /**
     * A text area for a few lines of writing that wraps (never scrolls sideways) and lets Tab move on to the next
     * field, as in every other field (Ctrl+Tab does the same; a tab character is never what anyone wants here).
     */
    public javafx.scene.control.TextArea textArea(int rows) {
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setMinHeight(Region.USE_PREF_SIZE);
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                        javafx.scene.input.KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        return area;
    }

    // ---- the kit's pickers and small choices (see the ui.kit package) ----

    /** A date from a calendar sheet; the value is yyyy-MM-dd in {@code iso}. */
    public cn.huzhong.care.app.ui.kit.Picker date(String id, String label, javafx.beans.property.StringProperty iso,
                                                  java.time.LocalDate min, java.time.LocalDate max) {
        return cn.huzhong.care.app.ui.kit.DateField.create(this, id, label, iso, min, max, today());
    }

    /** A count with − and +; the value is digits in {@code value}. */
    public cn.huzhong.care.app.ui.kit.Picker stepper(String id, String label, javafx.beans.property.StringProperty value,
                                                     int min, int max, java.util.function.IntFunction<String> words) {
        return cn.huzhong.care.app.ui.kit.Stepper.create(this, id, label, value, min, max, words);
    }

    /** An on/off setting as a switch with its state in words. */
    public javafx.scene.control.ToggleButton toggle(String id, String text, boolean on,
                                                    java.util.function.Consumer<Boolean> changed) {
        return cn.huzhong.care.app.ui.kit.Choices.toggle(this, id, text, on, changed);
    }

    /** Two to four options as segmented buttons. */
    public <T> cn.huzhong.care.app.ui.kit.Picker segmented(String id, String label, java.util.List<T> values,
                                                           java.util.function.Function<T, String> name, T selected,
                                                           java.util.function.Consumer<T> chosen) {
        return cn.huzhong.care.app.ui.kit.Choices.segmented(this, id, label, values, name, selected, chosen);
    }

    /** A score of 1–5 as five labelled stars. */
    public cn.huzhong.care.app.ui.kit.Picker rating(String id, String label, Integer selected,
                                                    java.util.function.Consumer<Integer> chosen) {
        return cn.huzhong.care.app.ui.kit.Choices.rating(this, id, label, selected,
                s -> t("picker.rating.words." + s), chosen);
    }

    /** The "什么是…？" control that explains an official term (see {@link cn.huzhong.care.app.ui.kit.Glossary}). */
    public Button explain(String term) {
        return cn.huzhong.care.app.ui.kit.Glossary.explain(this, term);
    }

    /**
     * Shows a result of an action on the same screen: focus goes to it (the shell scrolls it into view) and it is
     * announced. Call after it is in the scene.
     */
    public static void result(Node node, String spoken) {
        if (node == null) {
            return;
        }
        javafx.application.Platform.runLater(() -> {
            node.requestFocus();
            A11y.announce(node, spoken);
        });
    }

    /**
     * What the last action did, for the top of a screen: a status line in the OK tone with {@code id}, shown as a
     * snackbar too, focused and announced ({@link #result}). The caller adds it where it belongs.
     */
    public Label notice(String id, String text) {
        Label n = status(text, Styles.Tone.OK);
        n.setId(id);
        snackbar("notice-" + text, text);
        result(n, text);
        return n;
    }

    /**
     * Why the last action did not go through, on the screen: a status line in the error tone with {@code id}, focused
     * and announced ({@link #result}). The caller adds it where it belongs (next to the action).
     */
    public Label failed(String id, String text) {
        Label e = status(text, Styles.Tone.ERROR);
        e.setId(id);
        result(e, text);
        return e;
    }

    /** Something is on its way: a spinner (a still icon with reduced motion) and what is being waited for. */
    public VBox progress(String what) {
        Node indicator;
        if (mode.reducedMotion()) {
            indicator = icon(MaterialDesignC.CLOCK_OUTLINE);
        } else {
            ProgressIndicator p = new ProgressIndicator();
            p.setAccessibleText(what);
            p.setPrefSize(mode.fontPx() * 2.5, mode.fontPx() * 2.5);
            p.setFocusTraversable(false);
            indicator = p;
        }
        Label text = body(what);
        text.setAccessibleRole(AccessibleRole.TEXT);
        VBox box = new VBox(indicator, text);
        box.setAlignment(Pos.CENTER);
        box.setSpacing(mode.fontPx() * 0.5);
        box.getStyleClass().add(Styles.PROGRESS);
        return box;
    }

    /** A failure in words, with a way to try again ("重试"). */
    public VBox failure(String message, Runnable retry) {
        VBox box = section(status(message, Styles.Tone.ERROR));
        if (retry != null) {
            box.getChildren().add(secondary(t("common.retry.label"), MaterialDesignR.REFRESH, retry));
        }
        return box;
    }

    /** A line of label and value, read as one ("发证日期：2020年5月1日"). */
    public VBox fact(String label, String value) {
        Label l = text(label, Styles.MUTED);
        Label v = text(value, Styles.BODY);
        VBox box = new VBox(l, v);
        box.setSpacing(mode.fontPx() * 0.1);
        return box;
    }

    /** A container that takes no room (and no spacing) while it has nothing to show. */
    public static VBox slot() {
        VBox box = new VBox();
        box.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(box.getChildren()));
        box.visibleProperty().bind(box.managedProperty());
        return box;
    }

    /** A number read digit by digit: "1 2 3 8 5", not "twelve thousand…". */
    public static String digits(String number) {
        return String.join(" ", number.split(""));
    }
}
