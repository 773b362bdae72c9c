package cn.huzhong.care.app.ui.a11y;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Readable paths of nodes from the scene root, e.g. {@code VBox#content > HBox[2] > Button.hz-primary"申请"}: each
 * step is the class's simple name, then {@code #id} if set, then the style classes that are not JavaFX's
 * defaults, then {@code [n]} (1-based among siblings of the same class, only when there are several and no id),
 * then the node's text in quotes where it has one (shortened).
 */
public final class NodePaths {
    private static final int MAX_TEXT = 24;
    private static final Set<String> DEFAULT_CLASSES = Set.of(
            "root", "text", "text-input", "combo-box-base", "labeled", "control", "cell", "indexed-cell");

    private NodePaths() {
    }

    /** The path of {@code node} from its scene root (or from its top-most ancestor when not in a scene). */
    public static String path(Node node) {
        Deque<String> steps = new ArrayDeque<>();
        for (Node n = node; n != null; n = n.getParent()) {
            steps.addFirst(step(n));
        }
        return String.join(" > ", steps);
    }

    /** One step of a path: the node alone. */
    public static String step(Node n) {
        StringBuilder sb = new StringBuilder(simpleName(n.getClass()));
        String id = n.getId();
        if (id != null && !id.isBlank()) {
            sb.append('#').append(id);
        }
        Set<String> defaults = defaultClasses(n.getClass());
        for (String sc : n.getStyleClass()) {
            if (!defaults.contains(sc)) {
                sb.append('.').append(sc);
            }
        }
        if ((id == null || id.isBlank()) && n.getParent() != null) {
            List<Node> same = n.getParent().getChildrenUnmodifiable().stream()
                    .filter(s -> s.getClass() == n.getClass()).collect(Collectors.toList());
            if (same.size() > 1) {
                sb.append('[').append(same.indexOf(n) + 1).append(']');
            }
        }
        String text = ownText(n);
        if (text != null && !text.isBlank()) {
            sb.append('"').append(shorten(text.strip())).append('"');
        }
        return sb.toString();
    }

    private static String ownText(Node n) {
        if (n instanceof Labeled l) {
            return l.getText();
        }
        if (n instanceof TextInputControl) {
            return null; // the value is the user's, not the node's name
        }
        if (n instanceof Text t && !Names.isIconText(t.getText())) {
            return t.getText();
        }
        return null;
    }

    /** {@code s} on one line, at most 24 characters (cut with an ellipsis). */
    public static String shorten(String s) {
        String one = Names.clean(s);
        return one.length() <= MAX_TEXT ? one : one.substring(0, MAX_TEXT - 1) + "…";
    }

    static String simpleName(Class<?> c) {
        Class<?> k = c;
        while (k.getSimpleName().isEmpty() && k.getSuperclass() != null) {
            k = k.getSuperclass(); // anonymous subclasses read as their base class
        }
        return k.getSimpleName();
    }

    /** JavaFX gives each control the hyphenated name of its class as a style class: those add nothing. */
    private static Set<String> defaultClasses(Class<?> c) {
        Set<String> out = new HashSet<>(DEFAULT_CLASSES);
        for (Class<?> k = c; k != null && k != Parent.class && k != Object.class; k = k.getSuperclass()) {
            out.add(hyphenate(k.getSimpleName()));
        }
        return out;
    }

    private static String hyphenate(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
