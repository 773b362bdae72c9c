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

    /** The lines of {@code t} as it is laid out now. */
    public static List<Line> of(Text t) {
        String s = t.getText();
        return s == null || s.isEmpty() ? List.of() : lines(s, i -> t.caretShape(i, true));
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
