package cn.huzhong.care.app.ui.a11y;

import javafx.scene.Node;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of laid-out text, read through public JavaFX API: the caret position ({@link Text#caretShape(int,
 * boolean)}, {@link TextFlow#caretShape(int, boolean)}) at the leading edge of each character says which line the
 * character is on. JavaFX keeps the spaces at a soft break at the end of the earlier line. FX thread only.
 */
public final class TextLines {
    private TextLines() {
    }

    /**
     * One line: {@code [start, end)} in the text; {@code hard} when it starts after a line feed (the author broke the
     * line), false for the first line and for soft (wrapped) breaks.
     */
    public record Line(int start, int end, boolean hard) {
        public String of(String text) {
            return text.substring(start, end);
        }
    }

    /**
     * The lines of {@code t} as it is laid out now. The line ends that the kit's labels add for their width
     * ({@link cn.huzhong.care.app.ui.text.Wrapped}) are wrapped breaks like JavaFX's own: only the text's own line
     * ends are hard.
     */
    public static List<Line> of(Text t) {
        String s = t.getText();
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        cn.huzhong.care.app.ui.text.Wrapped.Unwrapped u = unwrapped(t, s);
        java.util.BitSet soft = u == null ? new java.util.BitSet() : u.added();
        List<Line> lines = lines(s, i -> t.caretShape(i, true));
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            out.add(l.hard() && l.start() > 0 && soft.get(l.start() - 1) ? new Line(l.start(), l.end(), false) : l);
        }
        return out;
    }

    /** A text with its lines: what {@link #laidOut} gives. */
    public record Laid(String text, List<Line> lines) {
    }

    /**
     * The text of {@code t} and its lines as a reader sees them: for a kit label, without the line ends the kit
     * added for the width (each becomes a soft break at the same place), so a token or a word the kit broke reads as
     * one run of characters broken there, exactly as if JavaFX had wrapped it.
     */
    public static Laid laidOut(Text t) {
        String s = t.getText();
        List<Line> lines = of(t);
        cn.huzhong.care.app.ui.text.Wrapped.Unwrapped u = unwrapped(t, s);
        if (u == null || u.added().isEmpty()) {
            return new Laid(s, lines);
        }
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            out.add(new Line(u.map()[l.start()], u.map()[l.end()], l.hard()));
        }
        return new Laid(u.text(), out);
    }

    private static cn.huzhong.care.app.ui.text.Wrapped.Unwrapped unwrapped(Text t, String shown) {
        if (shown == null || shown.isEmpty()) {
            return null;
        }
        for (Node p = t.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.Labeled l && p instanceof cn.huzhong.care.app.ui.text.Wrapped.Wraps w) {
                return shown.equals(l.getText()) ? cn.huzhong.care.app.ui.text.Wrapped.unwrap(shown, w.wrapped().source())
                        : null;
            }
        }
        return null;
    }

    /** The text of a TextFlow made only of Text children, or null when it holds other nodes. */
    public static String text(TextFlow flow) {
        StringBuilder sb = new StringBuilder();
        for (Node c : flow.getChildren()) {
            if (!(c instanceof Text t)) {
                return null;
            }
            if (t.getText() != null) {
                sb.append(t.getText());
            }
        }
        return sb.toString();
    }

    /** The lines of a TextFlow made only of Text children (empty when it holds other nodes). */
    public static List<Line> of(TextFlow flow) {
        String s = text(flow);
        return s == null || s.isEmpty() ? List.of() : lines(s, i -> flow.caretShape(i, true));
    }

    private static List<Line> lines(String s, java.util.function.IntFunction<PathElement[]> caret) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        boolean hard = false;
        double lastY = Double.NaN;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowSurrogate(s.charAt(i)) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
                continue;
            }
            double y = top(caret.apply(i));
            if (i > 0 && s.charAt(i - 1) == '\n') {
                out.add(new Line(start, i, hard));
                start = i;
                hard = true;
            } else if (!Double.isNaN(lastY) && !Double.isNaN(y) && Math.abs(y - lastY) > 0.5 && i > start) {
                out.add(new Line(start, i, hard));
                start = i;
                hard = false;
            }
            lastY = y;
        }
        out.add(new Line(start, s.length(), hard));
        return out;
    }

    private static double top(PathElement[] caret) {
        if (caret == null) {
            return Double.NaN;
        }
        double top = Double.NaN;
        for (PathElement e : caret) {
            double y = e instanceof MoveTo m ? m.getY() : e instanceof LineTo l ? l.getY() : Double.NaN;
            if (!Double.isNaN(y) && (Double.isNaN(top) || y < top)) {
                top = y;
            }
        }
        return top;
    }
}
