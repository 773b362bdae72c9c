package cn.huzhong.care.app.ui.audit;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.DisplayMode;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
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
import javafx.scene.control.ContentDisplay;
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
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;
import org.kordamp.ikonli.javafx.Icon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The accessibility audit of ACCESSIBILITY.md: walks a live, shown scene graph and reports every violation of the
 * audit table, reading what a screen reader is given through {@link Node#queryAccessibleAttribute} (ROLE, TEXT,
 * HELP, LABELED_BY) on the FX thread. Each violation names the screen, the {@link AuditRule}, a readable node path
 * and what is wrong. The audit only reads the scene, except that the focus-order check moves keyboard focus with
 * Tab key events and puts it back afterwards.
 *
 * <h2>Which nodes are checked</h2>
 * Only visible nodes (every ancestor visible, opacity above 0). Parts that a control's skin builds for itself
 * (the box of a CheckBox, the arrows of a Spinner, the bars of a ScrollPane, the editor of a ComboBox…) are
 * <em>internal</em>: the control answers for them, so the per-node rules look at the control, not at its parts.
 * What an author put inside a control stays author content: a Labeled's graphic, a ScrollPane's or TitledPane's
 * content, tab contents, SplitPane/ToolBar/Accordion/ButtonBar items, the cells of a ListView/TreeView/TableView,
 * and everything inside controls the audit does not know (e.g. AtlantaFX's Card or Tile).
 * <ul>
 * <li><b>interactive</b>: clickable, an input, or focus-traversable (and enabled);</li>
 * <li><b>clickable</b>: a {@link ButtonBase} (Button, Hyperlink, CheckBox, RadioButton, ToggleButton, MenuButton),
 * a filled list/tree/table cell or row, a node with an {@code onMouseClicked/Pressed/Released} or
 * {@code onTouchPressed/Released} handler, or a node whose role is an activatable one (BUTTON, HYPERLINK…).
 * Handlers added with {@code addEventHandler} cannot be seen through the public API: give such nodes a role;</li>
 * <li><b>input</b>: TextInputControl, ComboBox/DatePicker/ColorPicker ({@link ComboBoxBase}), ChoiceBox, Spinner,
 * Slider, and CheckBox/RadioButton;</li>
 * <li><b>image</b>: ImageView, an Ikonli icon, a Text whose only characters are icon-font glyphs (Unicode private
 * use area), or any node with role IMAGE_VIEW.</li>
 * </ul>
 *
 * <h2>How each rule is decided</h2>
 * <ul>
 * <li>{@link AuditRule#SPEAKABLE_TEXT}: every interactive node and every image has a non-empty <em>name</em>. The
 * name is what the Windows bridge announces: for inputs the TEXT of the Label that LABELED_BY points at, else an
 * explicit accessibleText (never the prompt text nor the value, which TEXT answers for a TextField); for a table
 * row, which a reader reads cell by cell, its cells' TEXT; for everything else TEXT, else the LABELED_BY label's
 * TEXT. Icon-font glyphs are removed first (an Ikonli icon-only button
 * answers TEXT = its glyph, which no screen reader can say). Skipped: nodes marked {@code hz-decorative} (on the
 * node or an ancestor), except when they are interactive, which is itself reported; images inside an interactive
 * node (the control is reported instead) or inside a Labeled that has a name (the label speaks for its icon).</li>
 * <li>{@link AuditRule#ROLE}: interactive nodes report a ROLE other than null, NODE and PARENT. A node that is
 * clickable only through a mouse handler must also not say TEXT or IMAGE_VIEW (a reader would not say that it
 * can be activated).</li>
 * <li>{@link AuditRule#LABELLED_INPUT}: every input has LABELED_BY pointing at a Label that is visible and has
 * text; a CheckBox or RadioButton with its own non-empty text is labelled by it. Prompt text does not count.</li>
 * <li>{@link AuditRule#TOUCH_TARGET}: every interactive node's layout bounds, in scene pixels, are at least
 * 48 × 48 ({@value #MIN_TARGET_PX}); nodes with style class {@code hz-primary} or {@code hz-tile} at least 60 × 60.
 * The same numbers apply in every mode (at 200 % targets only grow). Exactly 48 passes.</li>
 * <li>{@link AuditRule#TEXT_SIZE}: every visible, non-empty, non-icon Text (including the text inside control
 * skins) has a font size, times the scene's vertical scale, of at least 18 px × the mode's text scale
 * (18 px at 100 %, 36 px at 200 %).</li>
 * <li>{@link AuditRule#CONTRAST}: for every visible, enabled (WCAG exempts inactive controls), non-empty,
 * non-icon Text: the resolved text colour against the resolved background at the text's centre. The background
 * is found by walking up the ancestors and taking, from the top-most fill down, every background fill whose
 * insets cover that point, until an opaque one (text scrolled out of a clipping viewport is judged at the nearest
 * point inside the clip, where it will be seen); translucent fills are blended over what is below; with no opaque
 * fill, the scene's fill (white when not a colour) is the base. The text colour is its fill with its alpha times
 * the opacity of the text and its ancestors below the background. Gradients count as all their stop colours and
 * the worst pair decides; an ImagePattern or a background image makes the text unresolvable and it is skipped.
 * Ratio by WCAG 2.2 relative luminance, no rounding: at least 4.5:1, 3:1 for large text (≥ 24 px, or ≥ 18.66 px
 * with a bold face actually in use), and 7:1 for all text in high-contrast mode.</li>
 * <li>{@link AuditRule#NO_TRUNCATION} (checked in every mode; at 200 % is where it bites): a Labeled whose skin
 * shows a different string than its text (the ellipsis), with mnemonic underscores allowed; a node whose layout
 * bounds, clipped by its ancestors' clips, reach past the left or right edge of the scene (reported on the
 * outermost such node); a ScrollPane whose content is wider than its viewport or whose horizontal bar policy is
 * ALWAYS; any visible horizontal scroll bar (ListView, TextArea…).</li>
 * <li>{@link AuditRule#DUPLICATE_TEXT}: two visible clickable nodes whose names are equal (ignoring case and
 * spacing) are reported, after the first, unless all of them carry the same non-null {@code hz.action}.</li>
 * <li>{@link AuditRule#REDUNDANT_WORDS}: the name of an interactive node or an image contains, ignoring case,
 * one of {@link #REDUNDANT_WORDS}.</li>
 * <li>{@link AuditRule#FOCUS_ORDER}: expected order = the focus-traversable, visible, enabled, non-internal nodes
 * in reading order: rows top to bottom (two nodes share a row when their tops are within
 * {@value #SAME_ROW_TOLERANCE_PX} px or each one's vertical centre lies within the other), then start to end
 * (right to left for an RTL root); the contents of a ScrollPane are ordered as one block at the ScrollPane's place.
 * Focus is put on the first node, then a TAB KEY_PRESSED event is fired at the focus owner (Ctrl+Tab from a
 * TextArea, where Tab types a tab) so the controls' behaviours and the scene's traversal run as for a real key,
 * until focus returns to the first node. Reported: focus not moving (trap), focus cycling back before the end
 * (trap), the first place where the order differs from reading order, nodes Tab never reaches, and nodes Tab
 * lands on that are not expected. Focus is restored afterwards (to the scene root when nothing had focus).</li>
 * <li>{@link AuditRule#COLOUR_NOT_ALONE}: a visible node with style class {@code hz-status} shows text: it is a
 * Labeled/Text with non-empty text, or has a visible Labeled/Text descendant with non-empty text. An accessibleText
 * alone is not enough: it helps a screen reader but not someone who cannot tell the colours apart.</li>
 * <li>{@link AuditRule#ERRORS}: every visible {@code hz-field-error} node has text; is linked to its field by
 * {@code hz.errorFor} (as {@link A11y#showError} does); the field is visible; the error's top is not above the
 * field's bottom (1 px tolerance), it overlaps the field horizontally and no other interactive node sits between
 * them; the field's HELP equals the error text. When any error shows, the focus owner (when the audit starts) is
 * the first invalid field in reading order.</li>
 * </ul>
 *
 * <h2>Known limits</h2>
 * Mouse handlers added with {@code addEventHandler}, shapes drawn behind text (only Region backgrounds are
 * backgrounds), group opacity of the background's own ancestors, corner radii, text over images, and overlapping
 * siblings are not modelled. Check boxes have no group object in JavaFX, so each is checked alone. Popups,
 * context menus and dialogs are other scenes: audit them on their own. The focus walk really moves focus, so a
 * view that validates on focus loss sees it. The audit needs a shown stage: it applies CSS and lays the scene out
 * before reading.
 */
public final class AccessibilityAudit {
    /** Minimum touch target, px, both sides. */
    public static final double MIN_TARGET_PX = 48;
    /** Minimum touch target of main tiles and primary actions ({@code hz-tile}, {@code hz-primary}), px. */
    public static final double MIN_MAIN_TARGET_PX = 60;
    /** Minimum contrast of normal text. */
    public static final double MIN_CONTRAST = 4.5;
    /** Minimum contrast of large text. */
    public static final double MIN_CONTRAST_LARGE_TEXT = 3.0;
    /** Minimum contrast of any text in high-contrast mode. */
    public static final double MIN_CONTRAST_HIGH = 7.0;
    /** Text at least this size (px) is large text (18 pt). */
    public static final double LARGE_TEXT_PX = 24;
    /** Bold text at least this size (px) is large text (14 pt). */
    public static final double LARGE_BOLD_TEXT_PX = 18.66;
    /** Two nodes whose tops differ by at most this many px are on the same row. */
    public static final double SAME_ROW_TOLERANCE_PX = 4;
    /** Words that name the role or the gesture: a screen reader already says them. */
    public static final List<String> REDUNDANT_WORDS = List.of("按钮", "button", "点击", "click");

    private static final double EPS = 0.01;
    private static final long TIMEOUT_SECONDS = 60;
    private static final Set<AccessibleRole> ACTIVATABLE_ROLES = Set.of(
            AccessibleRole.BUTTON, AccessibleRole.TOGGLE_BUTTON, AccessibleRole.HYPERLINK, AccessibleRole.CHECK_BOX,
            AccessibleRole.RADIO_BUTTON, AccessibleRole.MENU_BUTTON, AccessibleRole.SPLIT_MENU_BUTTON,
            AccessibleRole.MENU_ITEM, AccessibleRole.CHECK_MENU_ITEM, AccessibleRole.RADIO_MENU_ITEM,
            AccessibleRole.TAB_ITEM, AccessibleRole.LIST_ITEM, AccessibleRole.TREE_ITEM);

    private AccessibilityAudit() {
    }

    /**
     * Audits {@code scene} (a shown screen rendered in {@code mode}) and returns every violation, ordered by rule
     * then by position in the scene graph. Callable from any thread: it runs on the FX thread and waits.
     */
    public static List<AuditViolation> audit(Scene scene, String screenName, DisplayMode mode) {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(mode, "mode");
        String screen = screenName == null ? "?" : screenName;
        if (Platform.isFxApplicationThread()) {
            return new Run(scene, screen, mode).run();
        }
        FutureTask<List<AuditViolation>> task = new FutureTask<>(() -> new Run(scene, screen, mode).run());
        Platform.runLater(task);
        try {
            return task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while auditing " + screen, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not run the audit of " + screen + " within "
                    + TIMEOUT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Fails the calling JUnit test with {@link #report} when {@link #audit} finds anything. */
    public static void assertAccessible(Scene scene, String screenName, DisplayMode mode) {
        List<AuditViolation> violations = audit(scene, screenName, mode);
        if (!violations.isEmpty()) {
            fail(report(screenName, mode, violations));
        }
    }

    /** A readable report: a heading, then one {@code screen | rule | node path | message} line per violation. */
    public static String report(String screenName, DisplayMode mode, List<AuditViolation> violations) {
        StringBuilder sb = new StringBuilder()
                .append("Accessibility audit of '").append(screenName).append("' in mode ").append(mode.id())
                .append(": ").append(violations.size()).append(violations.size() == 1 ? " violation" : " violations");
        for (AuditViolation v : violations) {
            sb.append("\n  ").append(v);
        }
        return sb.toString();
    }

    /** Ikonli icons and Texts made only of icon-font glyphs are images, not text. */
    static boolean isIcon(Node n) {
        if (n instanceof Icon) {
            return true;
        }
        if (n instanceof Text t && t.getText() != null && !t.getText().isBlank() && clean(t.getText()).isEmpty()) {
            return true;
        }
        return role(n) == AccessibleRole.IMAGE_VIEW;
    }

    /**
     * {@code nodes} in reading order: rows top to bottom, then start to end; the nodes inside a ScrollPane's
     * content are ordered among themselves and placed as one block where the ScrollPane is. Call on the FX thread.
     */
    static List<Node> readingOrder(Collection<? extends Node> nodes) {
        return order(new ArrayList<>(nodes), null);
    }

    private static List<Node> order(List<Node> nodes, ScrollPane container) {
        Map<Node, List<Node>> blocks = new LinkedHashMap<>();
        for (Node n : nodes) {
            ScrollPane sp = outermostScrollPane(n, container);
            blocks.computeIfAbsent(sp != null ? sp : n, k -> new ArrayList<>()).add(n);
        }
        List<Node> keys = sortByRows(new ArrayList<>(blocks.keySet()));
        List<Node> out = new ArrayList<>();
        for (Node key : keys) {
            List<Node> members = blocks.get(key);
            if (key instanceof ScrollPane sp && !(members.size() == 1 && members.get(0) == sp)) {
                if (members.remove(sp)) {
                    out.add(sp);
                }
                out.addAll(order(members, sp));
            } else {
                out.addAll(members);
            }
        }
        return out;
    }

    /** The outermost ScrollPane below {@code container} whose content holds {@code n}. */
    private static ScrollPane outermostScrollPane(Node n, ScrollPane container) {
        ScrollPane found = null;
        for (Node a = n.getParent(); a != null && a != container; a = a.getParent()) {
            if (a instanceof ScrollPane sp && within(n, sp.getContent())) {
                found = sp;
            }
        }
        return found;
    }

    private static List<Node> sortByRows(List<Node> units) {
        Map<Node, Bounds> b = new IdentityHashMap<>();
        for (Node u : units) {
            b.put(u, sceneBounds(u));
        }
        boolean rtl = !units.isEmpty() && units.get(0).getScene() != null
                && units.get(0).getScene().getRoot().getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
        List<Node> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingDouble((Node u) -> b.get(u).getMinY()).thenComparingDouble(u -> b.get(u).getMinX()));
        List<List<Node>> rows = new ArrayList<>();
        for (Node u : sorted) {
            List<Node> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (row != null && sameRow(b.get(row.get(0)), b.get(u))) {
                row.add(u);
            } else {
                List<Node> fresh = new ArrayList<>();
                fresh.add(u);
                rows.add(fresh);
            }
        }
        List<Node> out = new ArrayList<>();
        for (List<Node> row : rows) {
            row.sort(rtl ? Comparator.comparingDouble((Node u) -> -b.get(u).getMaxX())
                    : Comparator.comparingDouble((Node u) -> b.get(u).getMinX()));
            out.addAll(row);
        }
        return out;
    }

    private static boolean sameRow(Bounds a, Bounds c) {
        if (Math.abs(a.getMinY() - c.getMinY()) <= SAME_ROW_TOLERANCE_PX) {
            return true;
        }
        double ac = a.getCenterY();
        double cc = c.getCenterY();
        return ac >= c.getMinY() && ac <= c.getMaxY() && cc >= a.getMinY() && cc <= a.getMaxY();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static boolean within(Node n, Node ancestor) {
        if (ancestor == null) {
            return false;
        }
        for (Node a = n; a != null; a = a.getParent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Object attr(Node n, AccessibleAttribute a) {
        try {
            return n.queryAccessibleAttribute(a);
        } catch (RuntimeException e) {
            return null; // a skin may not answer before it is fully built
        }
    }

    private static AccessibleRole role(Node n) {
        return attr(n, AccessibleAttribute.ROLE) instanceof AccessibleRole r ? r : null;
    }

    /** Removes icon-font glyphs (private use area), collapses whitespace, trims; null becomes "". */
    static String clean(Object text) {
        if (!(text instanceof String s)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(cp -> Character.getType(cp) != Character.PRIVATE_USE
                        && Character.getType(cp) != Character.CONTROL || Character.isWhitespace(cp))
                .forEach(sb::appendCodePoint);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    private static String quote(String s) {
        return "“" + NodePaths.shorten(s) + "”";
    }

    private static String px(double v) {
        return String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
    }

    private static boolean isValueInput(Node n) {
        return n instanceof TextInputControl || n instanceof ComboBoxBase || n instanceof ChoiceBox
                || n instanceof Spinner || n instanceof Slider;
    }

    private static boolean isToggleInput(Node n) {
        return n instanceof CheckBox || n instanceof RadioButton;
    }

    private static boolean isFilledCell(Node n) {
        boolean rowOrCell = n instanceof ListCell || n instanceof TreeCell || n instanceof TableRow
                || n instanceof TreeTableRow;
        return rowOrCell && !((IndexedCell<?>) n).isEmpty();
    }

    private static boolean hasPointerHandler(Node n) {
        return n.getOnMouseClicked() != null || n.getOnMousePressed() != null || n.getOnMouseReleased() != null
                || n.getOnTouchPressed() != null || n.getOnTouchReleased() != null;
    }

    private static boolean isDecorative(Node n) {
        for (Node a = n; a != null; a = a.getParent()) {
            if (a.getStyleClass().contains(A11y.DECORATIVE)) {
                return true;
            }
        }
        return false;
    }

    private static String promptOf(Node n) {
        if (n instanceof TextInputControl t) {
            return clean(t.getPromptText());
        }
        if (n instanceof ComboBoxBase<?> c) {
            return clean(c.getPromptText());
        }
        return "";
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

    private static boolean isBold(Font f) {
        String style = (f.getStyle() + " " + f.getName()).toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.contains("semibold") || style.contains("demibold")) {
            return false;
        }
        return style.contains("bold") || style.contains("black") || style.contains("heavy");
    }

    /** The colours of a paint: a colour, or a gradient's stops; null when it cannot be resolved (image). */
    private static List<Color> colours(Paint p) {
        if (p instanceof Color c) {
            return List.of(c);
        }
        if (p instanceof LinearGradient g) {
            return g.getStops().stream().map(Stop::getColor).toList();
        }
        if (p instanceof RadialGradient g) {
            return g.getStops().stream().map(Stop::getColor).toList();
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------- one run

    private static final class Run {
        private final Scene scene;
        private final String screen;
        private final DisplayMode mode;
        private final List<Node> visible = new ArrayList<>();
        private final Set<Node> visibleSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<Node, Boolean> internal = new IdentityHashMap<>();
        private final Set<AuditViolation> found = new LinkedHashSet<>();

        Run(Scene scene, String screen, DisplayMode mode) {
            this.scene = scene;
            this.screen = screen;
            this.mode = mode;
        }

        List<AuditViolation> run() {
            Parent root = scene.getRoot();
            if (root == null) {
                return List.of();
            }
            root.applyCss();
            root.layout();
            collect(root);
            Node focusAtStart = scene.getFocusOwner();

            checkSpeakableText();
            checkRoles();
            checkLabelledInputs();
            checkTouchTargets();
            checkTexts();
            checkTruncation();
            checkOverflow();
            checkDuplicates();
            checkRedundantWords();
            checkColourNotAlone();
            checkErrors(focusAtStart);
            checkFocusOrder(); // last: it moves focus (and restores it)

            List<AuditViolation> out = new ArrayList<>(found);
            out.sort(Comparator.comparingInt(v -> v.auditRule().ordinal()));
            return List.copyOf(out);
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

        private void add(AuditRule rule, Node node, String message) {
            found.add(new AuditViolation(screen, rule.name(), NodePaths.path(node), message));
        }

        // ----------------------------------------------------------------------------- classification

        /** A part that a control's skin made for itself (see the class comment). */
        boolean isInternal(Node n) {
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

        /** Whether {@code n}, a descendant of {@code c}, is content that an author gave {@code c}. */
        private boolean exposes(Control c, Node n) {
            if (c instanceof TitledPane tp) {
                return within(n, tp.getContent()) || within(n, tp.getGraphic());
            }
            if (c instanceof Labeled l) { // buttons, labels, cells, check boxes: only the graphic is the author's
                return within(n, l.getGraphic());
            }
            if (c instanceof ScrollPane sp) {
                return within(n, sp.getContent());
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
                    if (within(n, t.getContent()) || within(n, t.getGraphic())) {
                        return true;
                    }
                }
                return false;
            }
            if (c instanceof SplitPane s) {
                return s.getItems().stream().anyMatch(i -> within(n, i));
            }
            if (c instanceof ToolBar t) {
                return t.getItems().stream().anyMatch(i -> within(n, i));
            }
            if (c instanceof Accordion a) {
                return a.getPanes().stream().anyMatch(i -> within(n, i));
            }
            if (c instanceof ButtonBar bb) {
                return bb.getButtons().stream().anyMatch(i -> within(n, i));
            }
            if (isValueInput(c) || c instanceof ScrollBar || c instanceof ProgressIndicator || c instanceof Separator
                    || c instanceof MenuBar || c instanceof Pagination) {
                return false;
            }
            return true; // a control we do not know: what is inside is the author's
        }

        boolean isClickable(Node n) {
            if (isInternal(n)) {
                return false;
            }
            if (n instanceof ButtonBase || isFilledCell(n) || hasPointerHandler(n)) {
                return true;
            }
            AccessibleRole r = role(n);
            return r != null && ACTIVATABLE_ROLES.contains(r) && !(n instanceof IndexedCell);
        }

        boolean isInput(Node n) {
            return !isInternal(n) && (isValueInput(n) || isToggleInput(n));
        }

        boolean isFocusable(Node n) {
            return !isInternal(n) && n.isFocusTraversable() && !n.isDisabled();
        }

        boolean isInteractive(Node n) {
            return isClickable(n) || isInput(n) || isFocusable(n);
        }

        boolean isImage(Node n) {
            return !isInternal(n) && (n instanceof ImageView || isIcon(n));
        }

        /** The name a screen reader announces (see the class comment). */
        String name(Node n) {
            if (isValueInput(n)) {
                String fromLabel = labelText(n);
                return fromLabel.isEmpty() ? clean(n.getAccessibleText()) : fromLabel;
            }
            String text = clean(attr(n, AccessibleAttribute.TEXT));
            if (text.isEmpty() && (n instanceof TableRow || n instanceof TreeTableRow)) {
                text = rowText((Parent) n); // a table row is read cell by cell
            }
            return text.isEmpty() ? labelText(n) : text;
        }

        private String rowText(Parent row) {
            List<String> cells = new ArrayList<>();
            for (Node c : row.getChildrenUnmodifiable()) {
                if (c instanceof IndexedCell && visibleSet.contains(c)) {
                    String t = clean(attr(c, AccessibleAttribute.TEXT));
                    if (!t.isEmpty()) {
                        cells.add(t);
                    }
                }
            }
            return String.join(", ", cells);
        }

        private String labelText(Node n) {
            return attr(n, AccessibleAttribute.LABELED_BY) instanceof Node label
                    ? clean(attr(label, AccessibleAttribute.TEXT)) : "";
        }

        /** Where to report a finding about {@code n}: the nearest node that an author made. */
        private Node owner(Node n) {
            Node o = n;
            while (o.getParent() != null && isInternal(o)) {
                o = o.getParent();
            }
            return o;
        }

        private boolean isMain(Node n) {
            return n.getStyleClass().contains(A11y.PRIMARY) || n.getStyleClass().contains(A11y.TILE);
        }

        /** Layout bounds in the scene, cut by every ancestor's clip. */
        private Bounds clippedSceneBounds(Node n) {
            Bounds b = sceneBounds(n);
            for (Node a = n; a != null; a = a.getParent()) {
                if (a.getClip() != null) {
                    Bounds clip = a.localToScene(a.getClip().getBoundsInParent());
                    double minX = Math.max(b.getMinX(), clip.getMinX());
                    double maxX = Math.min(b.getMaxX(), clip.getMaxX());
                    double minY = Math.max(b.getMinY(), clip.getMinY());
                    double maxY = Math.min(b.getMaxY(), clip.getMaxY());
                    b = new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
                }
            }
            return b;
        }

        // ----------------------------------------------------------------------------- the rules

        private void checkSpeakableText() {
            for (Node n : visible) {
                if (isInternal(n)) {
                    continue;
                }
                boolean interactive = isInteractive(n);
                boolean image = isImage(n);
                if (!interactive && !image) {
                    continue;
                }
                if (isDecorative(n)) {
                    if (isClickable(n) || isFocusable(n)) {
                        add(AuditRule.SPEAKABLE_TEXT, n, "is marked " + A11y.DECORATIVE
                                + " but the keyboard or a tap still reaches it: decoration must not be interactive");
                    }
                    continue;
                }
                if (!interactive && hasSpeakingOwner(n)) {
                    continue;
                }
                if (!name(n).isEmpty()) {
                    continue;
                }
                add(AuditRule.SPEAKABLE_TEXT, n, missingNameMessage(n));
            }
        }

        private boolean hasSpeakingOwner(Node image) {
            for (Node a = image.getParent(); a != null; a = a.getParent()) {
                if (isInteractive(a)) {
                    return true; // the control is what a reader announces (and is reported if it says nothing)
                }
                if (a instanceof Labeled && !name(a).isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        private String missingNameMessage(Node n) {
            if (isValueInput(n)) {
                String prompt = promptOf(n);
                return "has no name: no visible Label is linked to it with labelFor and it has no accessibleText"
                        + (prompt.isEmpty() ? "" : " (its prompt text " + quote(prompt)
                        + " is not a name: it disappears as soon as someone types)");
            }
            Object raw = attr(n, AccessibleAttribute.TEXT);
            if (raw instanceof String s && !s.isBlank()) {
                return "says nothing a screen reader can speak: its only text is an icon glyph (U+"
                        + Integer.toHexString(s.strip().codePointAt(0)).toUpperCase(Locale.ROOT)
                        + "); give it accessibleText (or text), and mark pure decoration " + A11y.DECORATIVE;
            }
            if (isImage(n)) {
                return "is an image without accessibleText: describe it, or mark it " + A11y.DECORATIVE
                        + " if it is pure decoration";
            }
            return "has no accessible text: a screen reader announces only its role; give it text or accessibleText";
        }

        private void checkRoles() {
            for (Node n : visible) {
                if (isInternal(n) || !isInteractive(n)) {
                    continue;
                }
                AccessibleRole r = role(n);
                if (r == null || r == AccessibleRole.NODE || r == AccessibleRole.PARENT) {
                    add(AuditRule.ROLE, n, "is interactive but reports role " + r
                            + ": a screen reader cannot say what it is; use a control (Button…) or setAccessibleRole");
                } else if (hasPointerHandler(n) && !(n instanceof ButtonBase) && !isFilledCell(n) && !isInput(n)
                        && (r == AccessibleRole.TEXT || r == AccessibleRole.IMAGE_VIEW)) {
                    add(AuditRule.ROLE, n, "reacts to clicks but reports role " + r
                            + ": a screen reader does not say it can be activated; use a Button or setAccessibleRole(BUTTON)");
                }
            }
        }

        private void checkLabelledInputs() {
            for (Node n : visible) {
                if (!isInput(n)) {
                    continue;
                }
                if (isToggleInput(n) && !clean(((Labeled) n).getText()).isEmpty()) {
                    continue; // a check box or radio button says its own text
                }
                String prompt = promptOf(n);
                if (!(attr(n, AccessibleAttribute.LABELED_BY) instanceof Node label)) {
                    add(AuditRule.LABELLED_INPUT, n, "has no visible Label linked with labelFor"
                            + (prompt.isEmpty() ? "" : "; its prompt text " + quote(prompt) + " is not a label"));
                } else if (!visibleSet.contains(label) || label.getScene() != scene) {
                    add(AuditRule.LABELLED_INPUT, n, "its label " + NodePaths.step(label) + " is not visible on the screen");
                } else if (clean(attr(label, AccessibleAttribute.TEXT)).isEmpty()) {
                    add(AuditRule.LABELLED_INPUT, n, "its label " + NodePaths.step(label) + " has no text");
                }
            }
        }

        private void checkTouchTargets() {
            for (Node n : visible) {
                if (isInternal(n) || !isInteractive(n)) {
                    continue;
                }
                Bounds b = sceneBounds(n);
                double min = isMain(n) ? MIN_MAIN_TARGET_PX : MIN_TARGET_PX;
                if (b.getWidth() + EPS < min || b.getHeight() + EPS < min) {
                    add(AuditRule.TOUCH_TARGET, n, "is " + px(b.getWidth()) + " × " + px(b.getHeight())
                            + " px; " + (isMain(n) ? "main tiles and primary actions need" : "touch targets need")
                            + " at least " + px(min) + " × " + px(min) + " px");
                }
            }
        }

        private void checkTexts() {
            double minPx = DisplayMode.BASE_FONT_PX * mode.textScale();
            for (Node n : visible) {
                if (!(n instanceof Text t) || clean(t.getText()).isEmpty() || isIcon(t) || isDecorative(t)) {
                    continue;
                }
                double px = t.getFont().getSize() * verticalScale(t);
                if (px + EPS < minPx) {
                    add(AuditRule.TEXT_SIZE, owner(t), "text " + quote(clean(t.getText())) + " is " + px(px)
                            + " px; body text needs at least " + px(minPx) + " px at text size "
                            + Math.round(mode.textScale() * 100) + " % (size it in em)");
                }
                if (!t.isDisabled()) {
                    checkContrast(t, px);
                }
            }
        }

        private double verticalScale(Node n) {
            Transform tr = n.getLocalToSceneTransform();
            return tr.deltaTransform(0, 1).magnitude();
        }

        private void checkContrast(Text t, double px) {
            List<Color> fills = colours(t.getFill());
            if (fills == null) {
                return; // no fill, or an image pattern: cannot be resolved
            }
            Bounds lb = t.getLayoutBounds();
            Point2D centre = t.localToScene(lb.getCenterX(), lb.getCenterY());
            Backdrop backdrop = backdrop(t, centre);
            if (backdrop == null) {
                return; // behind a background image or image pattern: cannot be resolved
            }
            double opacity = 1;
            for (Node a = t; a != null && a != backdrop.owner(); a = a.getParent()) {
                opacity *= a.getOpacity();
            }
            double worst = Double.MAX_VALUE;
            Color worstFg = null;
            Color worstBg = null;
            for (Color fg : fills) {
                for (Color bg : backdrop.colours()) {
                    Color seen = Wcag.over(fg, opacity, bg);
                    double ratio = Wcag.contrastRatio(seen, bg);
                    if (ratio < worst) {
                        worst = ratio;
                        worstFg = seen;
                        worstBg = bg;
                    }
                }
            }
            boolean large = px + EPS >= LARGE_TEXT_PX || (isBold(t.getFont()) && px + EPS >= LARGE_BOLD_TEXT_PX);
            double required = mode.highContrast() ? MIN_CONTRAST_HIGH : large ? MIN_CONTRAST_LARGE_TEXT : MIN_CONTRAST;
            if (worst < required) {
                add(AuditRule.CONTRAST, owner(t), String.format(Locale.ROOT,
                        "text %s has contrast %.2f:1 (%s on %s); %s needs at least %s:1",
                        quote(clean(t.getText())), worst, Wcag.hex(worstFg), Wcag.hex(worstBg),
                        mode.highContrast() ? "high-contrast mode" : large ? "large text" : "text", px(required)));
            }
        }

        private record Backdrop(List<Color> colours, Node owner) {
        }

        /** The colours behind {@code scenePoint} under {@code t}, or null when they cannot be resolved. */
        private Backdrop backdrop(Text t, Point2D scenePoint) {
            List<List<Color>> layers = new ArrayList<>(); // top first
            Node owner = null;
            Point2D at = scenePoint;
            for (Node a = t.getParent(); a != null; a = a.getParent()) {
                if (a.getClip() != null) {
                    // text scrolled out of a viewport is judged where it will be seen: inside the clip
                    Bounds clip = a.localToScene(a.getClip().getBoundsInParent());
                    at = new Point2D(Math.max(clip.getMinX(), Math.min(clip.getMaxX(), at.getX())),
                            Math.max(clip.getMinY(), Math.min(clip.getMaxY(), at.getY())));
                }
                if (!(a instanceof Region r) || r.getBackground() == null) {
                    continue;
                }
                Background bg = r.getBackground();
                Point2D p = r.sceneToLocal(at);
                if (p == null) {
                    continue;
                }
                if (!bg.getImages().isEmpty()) {
                    return null;
                }
                List<BackgroundFill> fills = bg.getFills();
                for (int i = fills.size() - 1; i >= 0; i--) {
                    BackgroundFill f = fills.get(i);
                    if (!covers(r, f.getInsets(), p)) {
                        continue;
                    }
                    List<Color> cs = colours(f.getFill());
                    if (cs == null) {
                        return null;
                    }
                    if (cs.stream().allMatch(c -> c.getOpacity() <= 0)) {
                        continue;
                    }
                    if (owner == null) {
                        owner = r;
                    }
                    layers.add(cs);
                    if (cs.stream().allMatch(c -> c.getOpacity() >= 1)) {
                        return new Backdrop(composite(layers, null), owner);
                    }
                }
            }
            List<Color> base = colours(scene.getFill());
            if (base == null || base.stream().anyMatch(c -> c.getOpacity() < 1)) {
                base = List.of(Color.WHITE);
            }
            return new Backdrop(composite(layers, base), owner);
        }

        private boolean covers(Region r, Insets in, Point2D p) {
            return p.getX() >= in.getLeft() && p.getX() <= r.getWidth() - in.getRight()
                    && p.getY() >= in.getTop() && p.getY() <= r.getHeight() - in.getBottom();
        }

        /** Paints the layers (top first; the last may be opaque) bottom-up over {@code base}. */
        private List<Color> composite(List<List<Color>> layers, List<Color> base) {
            List<Color> result;
            int from;
            if (base == null) {
                result = layers.get(layers.size() - 1);
                from = layers.size() - 2;
            } else {
                result = base;
                from = layers.size() - 1;
            }
            for (int i = from; i >= 0; i--) {
                Set<Color> next = new LinkedHashSet<>();
                for (Color under : result) {
                    for (Color top : layers.get(i)) {
                        next.add(Wcag.over(top, 1, under));
                    }
                }
                result = new ArrayList<>(next);
            }
            return result;
        }

        private void checkTruncation() {
            for (Node n : visible) {
                if (!(n instanceof Labeled l) || l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
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
                if (shown == null || !visibleSet.contains(shown)) {
                    continue;
                }
                String d = shown.getText() == null ? "" : shown.getText();
                if (!d.equals(text) && !(l.isMnemonicParsing() && d.equals(stripMnemonic(text)))) {
                    add(AuditRule.NO_TRUNCATION, owner(l), "shows " + quote(d) + " instead of " + quote(text)
                            + ": the text is cut off; let it wrap (setWrapText(true)) or give it room");
                }
            }
        }

        private void checkOverflow() {
            Set<Node> reported = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            overflow(scene.getRoot(), scene.getWidth(), reported);
            for (Node n : visible) {
                if (n instanceof ScrollPane sp && !isInternal(sp)) {
                    Node content = sp.getContent();
                    double vw = sp.getViewportBounds().getWidth();
                    if (content != null && content.getLayoutBounds().getWidth() > vw + 0.5 && reported.add(sp)) {
                        add(AuditRule.NO_TRUNCATION, sp, "its content is " + px(content.getLayoutBounds().getWidth())
                                + " px wide but only " + px(vw) + " px fit: it needs horizontal scrolling; lay it out"
                                + " to the width (setFitToWidth(true), wrapping text)");
                    } else if (sp.getHbarPolicy() == ScrollPane.ScrollBarPolicy.ALWAYS && reported.add(sp)) {
                        add(AuditRule.NO_TRUNCATION, sp, "always shows a horizontal scroll bar (hbarPolicy ALWAYS)");
                    }
                }
                if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                        && bar.getWidth() > 0 && bar.getHeight() > 0) {
                    Node o = owner(bar);
                    if (reported.add(o)) {
                        add(AuditRule.NO_TRUNCATION, o, "shows a horizontal scroll bar: its content is wider than it");
                    }
                }
            }
        }

        private void overflow(Node n, double sceneWidth, Set<Node> reported) {
            if (!visibleSet.contains(n)) {
                return;
            }
            Bounds b = clippedSceneBounds(n);
            if (b.getWidth() > 0 && (b.getMaxX() > sceneWidth + 0.5 || b.getMinX() < -0.5)) {
                Node o = owner(n);
                if (reported.add(o)) {
                    add(AuditRule.NO_TRUNCATION, o, b.getMaxX() > sceneWidth + 0.5
                            ? "reaches " + px(b.getMaxX() - sceneWidth) + " px past the right edge of the "
                            + px(sceneWidth) + " px wide screen: it is cut off or needs horizontal scrolling"
                            : "starts " + px(-b.getMinX()) + " px left of the screen: it is cut off");
                }
                return;
            }
            if (n instanceof Parent p) {
                for (Node child : p.getChildrenUnmodifiable()) {
                    overflow(child, sceneWidth, reported);
                }
            }
        }

        private void checkDuplicates() {
            Map<String, List<Node>> byName = new LinkedHashMap<>();
            for (Node n : visible) {
                if (!isClickable(n)) {
                    continue;
                }
                String name = name(n);
                if (!name.isEmpty()) {
                    byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(n);
                }
            }
            for (List<Node> same : byName.values()) {
                if (same.size() < 2) {
                    continue;
                }
                Object action = same.get(0).getProperties().get(A11y.ACTION_KEY);
                boolean oneAction = action != null
                        && same.stream().allMatch(n -> action.equals(n.getProperties().get(A11y.ACTION_KEY)));
                if (oneAction) {
                    continue;
                }
                Node first = same.get(0);
                for (Node n : same.subList(1, same.size())) {
                    add(AuditRule.DUPLICATE_TEXT, n, "says " + quote(name(n)) + " like " + NodePaths.path(first)
                            + ": name what each acts on, or, if they do the same thing, give both the same "
                            + A11y.ACTION_KEY);
                }
            }
        }

        private void checkRedundantWords() {
            for (Node n : visible) {
                if (isInternal(n) || !(isInteractive(n) || isImage(n)) || isDecorative(n)) {
                    continue;
                }
                String name = name(n);
                String lower = name.toLowerCase(Locale.ROOT);
                for (String word : REDUNDANT_WORDS) {
                    if (lower.contains(word)) {
                        add(AuditRule.REDUNDANT_WORDS, n, quote(name) + " contains " + quote(word)
                                + ": the role and gesture are said by the screen reader; name only the action");
                        break;
                    }
                }
            }
        }

        private void checkColourNotAlone() {
            for (Node n : visible) {
                if (!n.getStyleClass().contains(A11y.STATUS) || showsText(n)) {
                    continue;
                }
                String name = clean(n.getAccessibleText());
                add(AuditRule.COLOUR_NOT_ALONE, n, name.isEmpty()
                        ? "shows a status by colour or icon only: add words (e.g. 已支付 / Paid)"
                        : "has accessibleText " + quote(name) + " but shows no text: someone who cannot tell the"
                        + " colours apart gets nothing; show the words");
            }
        }

        private boolean showsText(Node n) {
            if (n instanceof Labeled l && !clean(l.getText()).isEmpty()
                    && l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
                return true;
            }
            if (n instanceof Text t && !isIcon(t) && !clean(t.getText()).isEmpty()) {
                return true;
            }
            if (n instanceof Parent p) {
                for (Node c : p.getChildrenUnmodifiable()) {
                    if (visibleSet.contains(c) && showsText(c)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void checkErrors(Node focusAtStart) {
            List<Node> invalid = new ArrayList<>();
            for (Node e : visible) {
                if (!e.getStyleClass().contains(A11y.FIELD_ERROR)) {
                    continue;
                }
                // what a screen reader is given: the kit's labels show their text with line ends added for the width
                String text = clean(e instanceof Labeled l ? cn.huzhong.care.app.ui.text.Wrapped.sourceOf(l)
                        : e instanceof Text t ? t.getText() : name(e));
                if (text.isEmpty()) {
                    add(AuditRule.ERRORS, e, "is a visible field error without text");
                    continue;
                }
                if (!(e.getProperties().get(A11y.ERROR_FOR_KEY) instanceof Node field)) {
                    add(AuditRule.ERRORS, e, "is not linked to its field (" + A11y.ERROR_FOR_KEY
                            + "): show errors with A11y.showError");
                    continue;
                }
                if (field.getScene() != scene || !visibleSet.contains(field)) {
                    add(AuditRule.ERRORS, e, "belongs to a field that is not visible: " + NodePaths.path(field));
                    continue;
                }
                invalid.add(field);
                Bounds eb = sceneBounds(e);
                Bounds fb = sceneBounds(field);
                if (eb.getMinY() < fb.getMaxY() - 1) {
                    add(AuditRule.ERRORS, e, "is not under its field " + NodePaths.step(field) + " (error top "
                            + px(eb.getMinY()) + " px, field bottom " + px(fb.getMaxY())
                            + " px): put the error directly below the field");
                } else if (eb.getMaxX() <= fb.getMinX() || eb.getMinX() >= fb.getMaxX()) {
                    add(AuditRule.ERRORS, e, "is not under its field " + NodePaths.step(field)
                            + ": it does not line up with the field");
                } else {
                    for (Node other : visible) {
                        if (other == field || other == e || !isInteractive(other) || within(other, field)) {
                            continue;
                        }
                        Bounds ob = sceneBounds(other);
                        if (ob.getMinY() >= fb.getMaxY() - 1 && ob.getMaxY() <= eb.getMinY() + 1
                                && ob.getMaxX() > eb.getMinX() && ob.getMinX() < eb.getMaxX()) {
                            add(AuditRule.ERRORS, e, NodePaths.step(other) + " sits between the field "
                                    + NodePaths.step(field) + " and its error: the error belongs directly below the field");
                            break;
                        }
                    }
                }
                String help = clean(attr(field, AccessibleAttribute.HELP));
                if (!help.equals(text)) {
                    add(AuditRule.ERRORS, field, "its accessible help is " + (help.isEmpty() ? "empty" : quote(help))
                            + " but its error says " + quote(text)
                            + ": make the error the field's help (A11y.showError) so a screen reader reads it with the field");
                }
            }
            // a field behind an open dialog (disabled with the page under it) waits: the dialog has the focus
            invalid.removeIf(Node::isDisabled);
            if (!invalid.isEmpty()) {
                Node first = readingOrder(invalid).get(0);
                if (focusAtStart == null || !within(focusAtStart, first)) {
                    add(AuditRule.ERRORS, first, "is the first invalid field but focus is on "
                            + (focusAtStart == null ? "nothing" : NodePaths.path(focusAtStart))
                            + ": move focus to the first invalid field when errors show");
                }
            }
        }

        private void checkFocusOrder() {
            List<Node> focusables = new ArrayList<>();
            for (Node n : visible) {
                if (isFocusable(n)) {
                    focusables.add(n);
                }
            }
            if (focusables.isEmpty()) {
                return;
            }
            List<Node> expected = readingOrder(focusables);
            Node original = scene.getFocusOwner();
            try {
                walkFocus(expected);
            } finally {
                if (original != null && original.getScene() == scene) {
                    original.requestFocus();
                } else {
                    scene.getRoot().requestFocus();
                }
            }
        }

        private void walkFocus(List<Node> expected) {
            Node first = expected.get(0);
            first.requestFocus();
            Node current = scene.getFocusOwner();
            if (current != first) {
                add(AuditRule.FOCUS_ORDER, first, "is first in reading order but cannot take focus");
                return;
            }
            List<Node> visited = new ArrayList<>();
            visited.add(current);
            for (int step = 0; step <= expected.size(); step++) {
                pressTab(current);
                Node next = scene.getFocusOwner();
                if (next == null) {
                    add(AuditRule.FOCUS_ORDER, current, "Tab from here leaves nothing focused");
                    break;
                }
                if (next == current && expected.size() > 1) {
                    add(AuditRule.FOCUS_ORDER, current, "Tab does not move focus away from here: a focus trap");
                    break;
                }
                if (next == current) {
                    // the only stop on the screen (a dialog with one action): Tab has nowhere else to go
                    break;
                }
                if (next == first) {
                    break;
                }
                if (visited.contains(next)) {
                    add(AuditRule.FOCUS_ORDER, next, "Tab comes back here from " + NodePaths.step(current)
                            + " before reaching the rest of the screen: a focus trap");
                    break;
                }
                visited.add(next);
                current = next;
            }
            Set<Node> expectedSet = new HashSet<>(expected);
            Set<Node> visitedSet = new HashSet<>(visited);
            List<Node> reachedInTabOrder = visited.stream().filter(expectedSet::contains).toList();
            List<Node> reachedInReadingOrder = expected.stream().filter(visitedSet::contains).toList();
            for (int i = 0; i < reachedInTabOrder.size(); i++) {
                if (reachedInTabOrder.get(i) != reachedInReadingOrder.get(i)) {
                    Function<Integer, String> prev = k -> k == 0 ? "the start" : NodePaths.step(reachedInTabOrder.get(k - 1));
                    add(AuditRule.FOCUS_ORDER, reachedInTabOrder.get(i), "Tab goes here from " + prev.apply(i)
                            + ", but reading order (top to bottom, start to end) goes to "
                            + NodePaths.path(reachedInReadingOrder.get(i)) + ": make the child order follow the layout");
                    break;
                }
            }
            for (Node v : visited) {
                if (!expectedSet.contains(v)) {
                    add(AuditRule.FOCUS_ORDER, v, "Tab lands here, but it is not a visible, enabled, focus-traversable"
                            + " control of the screen");
                }
            }
            for (Node e : expected) {
                if (!visitedSet.contains(e)) {
                    add(AuditRule.FOCUS_ORDER, e, "Tab never reaches it");
                }
            }
        }

        private void pressTab(Node owner) {
            boolean ctrl = owner instanceof TextArea; // Tab types a tab there; Ctrl+Tab moves on
            Event.fireEvent(owner, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, ctrl, false, false));
        }
    }
}
