package cn.huzhong.care.app.ui.a11y;

import cn.huzhong.care.app.ui.A11y;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.TEXT;

/**
 * {@link AuditRule#LINE_BREAKS}, in every mode: where wrapped text actually breaks, read from the laid-out text
 * ({@link TextLines}: the caret's line for each character, public API). For every visible Text that says something
 * (not inside a text input, not inside a TextFlow) and every TextFlow made of Texts, at every <em>soft</em> break (a
 * line that does not start after a line feed):
 * <ul>
 * <li><b>token</b>: the break falls inside a {@link ProtectedTokens protected token} (time, date, amount, phone or id
 * number, number). Allowed only at a space inside the token, and only when the whole token is wider than the line
 * (the Text's wrapping width): a long id may wrap between its groups; a name or a quoted term wider than the line
 * may break between its characters (there is nowhere else);</li>
 * <li><b>line start</b>: the new line starts (glue skipped) with closing punctuation ({@link LineBreaks#CLOSING});</li>
 * <li><b>line end</b>: the previous line ends (spaces and glue skipped) with opening punctuation
 * ({@link LineBreaks#OPENING});</li>
 * <li><b>short label</b>: in a node with style class {@code hz-short} ({@link A11y#SHORT_LABEL}), on itself or an
 * ancestor, the character before the break is not a space or U+200B: the label wraps inside a word
 * ("登" / "录"; "打电" / "话").</li>
 * </ul>
 * One violation per node and kind, with the first place it happens. {@link LineBreaks} makes text that passes. Known
 * limits: text laid out by other means (Canvas, a custom skin without Text nodes) is not seen; a word of a short label
 * that is cut because the label is narrower than the word is reported (give it the room).
 */
public final class LineBreaksRule implements Rule {
    @Override
    public AuditRule id() {
        return AuditRule.LINE_BREAKS;
    }

    @Override
    public void check(AuditContext ctx) {
        SceneModel model = ctx.model();
        for (SemanticNode s : model.nodes()) {
            Node n = s.node();
            if (s.is(TEXT) && !(n.getParent() instanceof TextFlow) && !inTextInput(n)) {
                Text t = (Text) n;
                TextLines.Laid laid = TextLines.laidOut(t);
                if (laid.lines().size() > 1) {
                    check(ctx, model.owner(t), laid.text(), laid.lines(), t.getWrappingWidth(), t.getFont(),
                            Nodes.hasClassInPath(t, A11y.SHORT_LABEL));
                }
            } else if (n instanceof TextFlow flow && !s.is(SemanticNode.Trait.INTERNAL)) {
                String text = TextLines.text(flow);
                List<TextLines.Line> lines = TextLines.of(flow);
                if (text != null && lines.size() > 1) {
                    double width = flow.getWidth() - flow.snappedLeftInset() - flow.snappedRightInset();
                    Font font = flow.getChildren().isEmpty() ? Font.getDefault() : ((Text) flow.getChildren().get(0)).getFont();
                    check(ctx, flow, text, lines, width, font, Nodes.hasClassInPath(flow, A11y.SHORT_LABEL));
                }
            }
        }
    }

    private static boolean inTextInput(Node n) {
        for (Node a = n.getParent(); a != null; a = a.getParent()) {
            if (a instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    private void check(AuditContext ctx, Node at, String text, List<TextLines.Line> lines, double wrapWidth, Font font,
                       boolean shortLabel) {
        List<ProtectedTokens.Token> tokens = ProtectedTokens.find(text);
        Map<String, String> found = new LinkedHashMap<>(); // kind -> first message
        Map<String, Integer> count = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            TextLines.Line line = lines.get(i);
            if (line.hard()) {
                continue;
            }
            int k = line.start();
            String before = lines.get(i - 1).of(text);
            String after = line.of(text);
            String where = "line " + i + " " + Names.quote(tail(before)) + " / line " + (i + 1) + " "
                    + Names.quote(head(after));
            for (ProtectedTokens.Token tok : tokens) {
                if (!tok.breaksAt(k)) {
                    continue;
                }
                boolean atSpace = Names.isSpace(text.charAt(k - 1)) || Names.isSpace(text.charAt(k));
                // words (a name, a quoted term) wider than the whole line can only break between their characters
                boolean words = tok.kind() == ProtectedTokens.Kind.NAME || tok.kind() == ProtectedTokens.Kind.TERM;
                boolean wider = width(tok.text(), font) > wrapWidth + 0.5;
                if (!((atSpace || words) && wider)) {
                    note(found, count, "token", "breaks the " + tok.kind().words() + " "
                            + Names.quote(LineBreaks.plain(tok.text())) + " (" + where + "): keep it on one line"
                            + " (LineBreaks.protect) or give it room");
                }
            }
            int first = firstVisible(text, k, line.end());
            if (first >= 0 && LineBreaks.CLOSING.indexOf(text.charAt(first)) >= 0) {
                note(found, count, "start", "starts a line with the closing punctuation "
                        + Names.quote(String.valueOf(text.charAt(first))) + " (" + where + "): keep it at the end of"
                        + " the line before (LineBreaks.protect)");
            }
            int last = lastVisible(text, lines.get(i - 1).start(), k);
            if (last >= 0 && LineBreaks.OPENING.indexOf(text.charAt(last)) >= 0) {
                note(found, count, "end", "ends a line with the opening punctuation "
                        + Names.quote(String.valueOf(text.charAt(last))) + " (" + where + "): move it to the next"
                        + " line (LineBreaks.protect)");
            }
            char prev = text.charAt(k - 1);
            if (shortLabel && !Names.isSpace(prev) && prev != LineBreaks.BREAK) {
                note(found, count, "short", "is a short label (" + A11y.SHORT_LABEL + ") but breaks inside a word ("
                        + where + "): it may wrap only at a space or U+200B (LineBreaks.shortLabel), or give it room");
            }
        }
        for (Map.Entry<String, String> e : found.entrySet()) {
            int n = count.get(e.getKey());
            ctx.report(id(), at, e.getValue() + (n > 1 ? "; " + (n - 1) + " more such break" + (n > 2 ? "s" : "") : ""));
        }
    }

    private static void note(Map<String, String> found, Map<String, Integer> count, String kind, String message) {
        found.putIfAbsent(kind, message);
        count.merge(kind, 1, Integer::sum);
    }

    private static int firstVisible(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!ProtectedTokens.isGlue(c) && !Names.isSpace(c)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastVisible(String s, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = s.charAt(i);
            if (!ProtectedTokens.isGlue(c) && !Names.isSpace(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String tail(String s) {
        String p = LineBreaks.plain(s).stripTrailing();
        return p.length() <= 8 ? p : "…" + p.substring(p.length() - 8);
    }

    private static String head(String s) {
        String p = LineBreaks.plain(s).strip();
        return p.length() <= 8 ? p : p.substring(0, 8) + "…";
    }

    /** The width of {@code s} on one line in {@code font}, px. */
    static double width(String s, Font font) {
        Text probe = new Text(s);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
