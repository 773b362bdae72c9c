package cn.huzhong.care.app.ui.text;

import cn.huzhong.care.app.ui.A11y;
import javafx.geometry.Insets;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.HashMap;
import java.util.Map;

/**
 * The line breaking of one {@link Labeled}, by {@link LineBreaker}: it keeps the text the view set (the source) and
 * shows it with "\n" where the lines end at the control's current width. A control that uses it (the kit's
 * {@link WrapLabel}, {@link WrapButton}…) calls {@link #fit} before computing its height for a width and before
 * laying out, reports {@link #source} to screen readers, and never shrinks narrower than its widest unbreakable
 * piece. A label with the {@link A11y#SHORT_LABEL} style class breaks only at spaces and U+200B.
 */
public final class Wrapped {
    private static final Map<Font, Map<String, Double>> WIDTHS = new HashMap<>();
    private static final Text MEASURE = new Text();

    private final Labeled owner;
    private String source;
    private boolean applying;

    public Wrapped(Labeled owner, String text) {
        this.owner = owner;
        this.source = text;
        owner.setWrapText(true);
        owner.setMnemonicParsing(false);
        owner.textProperty().addListener((o, was, now) -> {
            if (!applying) {
                source = now;
                owner.requestLayout();
            }
        });
    }

    /** The text as the view set it, without the line ends added for the width. */
    public String source() {
        return source;
    }

    private boolean shortLabel() {
        return owner.getStyleClass().contains(A11y.SHORT_LABEL);
    }

    /** Shows the source broken into lines for the control being {@code width} wide. */
    public void fit(double width) {
        if (source == null || source.isEmpty() || width <= 0) {
            return;
        }
        double available = textWidth(width);
        String shown = LineBreaker.wrap(source, available, this::measure, shortLabel());
        if (!shown.equals(owner.getText())) {
            applying = true;
            try {
                owner.setText(shown);
            } finally {
                applying = false;
            }
        }
    }

    /**
     * The height the control needs at {@code width}, without changing what it shows (a parent asks for several
     * widths during one layout): its height now ({@code heightNow}, for the text as it is broken now) plus or minus
     * a line for each line that text would gain or lose at {@code width}.
     */
    public double prefHeight(double width, double heightNow) {
        if (source == null || source.isEmpty() || width <= 0) {
            return heightNow;
        }
        int now = lines(owner.getText());
        int wanted = lines(LineBreaker.wrap(source, textWidth(width), this::measure, shortLabel()));
        return heightNow + (wanted - now) * lineHeight();
    }

    private static int lines(String text) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static final Map<Font, Double> LINE_HEIGHTS = new HashMap<>();

    private double lineHeight() {
        Font font = owner.getFont();
        return LINE_HEIGHTS.computeIfAbsent(font, f -> {
            MEASURE.setFont(f);
            MEASURE.setText("国");
            double one = MEASURE.getLayoutBounds().getHeight();
            MEASURE.setText("国\n国");
            return MEASURE.getLayoutBounds().getHeight() - one;
        }) + owner.getLineSpacing();
    }

    /** The width the control needs to show its text unbroken (each forced line end kept). */
    public double prefWidth() {
        if (source == null || source.isEmpty()) {
            return 0;
        }
        double widest = 0;
        for (String line : source.replace(String.valueOf(LineBreaker.BREAK_HERE), "").split("\n")) {
            widest = Math.max(widest, measure(line));
        }
        return Math.ceil(widest + chrome());
    }

    /**
     * The narrowest the control may be: a short label its whole text (it never breaks inside a word); running text
     * what the control itself says ({@code computed}), since a piece wider than the screen (a long web address) must
     * be allowed to break rather than push the page sideways.
     */
    public double minWidth(double computed) {
        if (source == null || source.isEmpty() || !shortLabel()) {
            return computed;
        }
        double text = LineBreaker.widestUnit(source, this::measure, true);
        return Math.max(computed, Math.ceil(text + chrome()));
    }

    private double textWidth(double width) {
        return width - chrome();
    }

    /** Insets, padding and a graphic beside the text. */
    private double chrome() {
        Insets in = owner.getInsets();
        Insets pad = owner.getLabelPadding();
        double w = in.getLeft() + in.getRight() + pad.getLeft() + pad.getRight();
        // the circle of a radio button, the box of a check box: drawn beside the text by the skin
        Node mark = owner.lookup(".radio") != null ? owner.lookup(".radio") : owner.lookup(".box");
        if (mark != null && mark != owner) {
            w += mark.prefWidth(-1) + owner.getGraphicTextGap();
        }
        Node g = owner.getGraphic();
        ContentDisplay cd = owner.getContentDisplay();
        if (g != null && g.isManaged() && (cd == ContentDisplay.LEFT || cd == ContentDisplay.RIGHT)) {
            w += g.prefWidth(-1) + owner.getGraphicTextGap();
        }
        // a little to spare: JavaFX snaps the text area to whole pixels and must never wrap a line of ours again
        return w + 2;
    }

    private double measure(String s) {
        Font font = owner.getFont();
        return WIDTHS.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(s, x -> {
            MEASURE.setFont(font);
            MEASURE.setText(x);
            return MEASURE.getLayoutBounds().getWidth();
        });
    }

    /** What a screen reader is given as TEXT: the source, unless the view set an accessible text. */
    public Object text(AccessibleAttribute attribute, Object fromControl) {
        if (attribute == AccessibleAttribute.TEXT && owner.getAccessibleText() == null && source != null) {
            return source.replace(String.valueOf(LineBreaker.BREAK_HERE), "");
        }
        return fromControl;
    }

    /** The source of {@code n} when it is a kit control that breaks its own lines, else its plain text. */
    public static String sourceOf(Labeled n) {
        return n instanceof Wraps w ? w.wrapped().source() : n.getText();
    }

    /**
     * {@code shown} as it reads without the line ends the kit added for the width: a line end that took the place of a
     * space is that space again, one between two characters goes. {@code map[i]} is where the character at {@code i}
     * of {@code shown} is in {@link Unwrapped#text} ({@code map[shown.length()]} its length); {@code added} marks, in
     * {@code shown}, the line ends the kit added (what a reader of the layout treats as wrapped breaks).
     */
    public record Unwrapped(String text, int[] map, java.util.BitSet added) {
    }

    public static Unwrapped unwrap(String shown, String source) {
        StringBuilder text = new StringBuilder(shown.length());
        int[] map = new int[shown.length() + 1];
        java.util.BitSet added = new java.util.BitSet();
        String src = source == null ? "" : source;
        int j = 0;
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            while (j < src.length() && src.charAt(j) == LineBreaker.BREAK_HERE && c != LineBreaker.BREAK_HERE) {
                j++; // a break mark is never shown
            }
            if (j < src.length() && src.charAt(j) == c) {
                map[i] = text.length();
                text.append(c);
                j++;
                continue;
            }
            if (c == '\n') {
                added.set(i);
                map[i] = text.length();
                // the spaces the line end took the place of come back
                while (j < src.length() && src.charAt(j) == ' ') {
                    text.append(' ');
                    j++;
                }
                continue;
            }
            map[i] = text.length();
            text.append(c); // not in the source (it changed meanwhile): keep it as shown
        }
        map[shown.length()] = text.length();
        return new Unwrapped(text.toString(), map, added);
    }

    /** A control that breaks its lines with {@link Wrapped}. */
    public interface Wraps {
        Wrapped wrapped();
    }
}
