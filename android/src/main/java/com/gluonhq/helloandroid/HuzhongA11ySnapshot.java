package com.gluonhq.helloandroid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One snapshot of the JavaFX screen as the app sends it (the app's {@code WireFormat}, version 1), read on the Android
 * side: the header {@code HZA11Y/1|width|height|focused|lang}, then one line per node in reading order,
 * {@code id|parent|role|flags|actions|x,y,w,h|name|help|value|range}, texts escaped ({@code \\}, {@code \p} for
 * {@code |}, {@code \n}, {@code \r}). Coordinates are JavaFX scene pixels. Immutable; Java 8.
 */
final class HuzhongA11ySnapshot {
    static final String MAGIC = "HZA11Y/1";

    // the app's SnapshotNode.Flag bits
    static final int FOCUSABLE = 1;
    static final int FOCUSED = 2;
    static final int DISABLED = 4;
    static final int SELECTED = 8;
    static final int CHECKABLE = 16;
    static final int CHECKED = 32;
    static final int EDITABLE = 64;
    static final int MULTILINE = 128;
    static final int HEADING = 256;
    static final int OFFSCREEN = 512;
    static final int INVALID = 1024;
    static final int EXPANDED = 2048;
    static final int COLLAPSED = 4096;

    // the app's SnapshotAction bits (also what an action asks for when it comes back)
    static final int CLICK = 1;
    static final int FOCUS = 2;
    static final int SET_TEXT = 4;
    static final int INCREMENT = 8;
    static final int DECREMENT = 16;
    static final int SHOW = 32;
    static final int SCROLL_FORWARD = 64;
    static final int SCROLL_BACKWARD = 128;

    /** One node. */
    static final class Node {
        final int id;
        final int parent;
        final String role;
        final int flags;
        final int actions;
        final int x;
        final int y;
        final int width;
        final int height;
        final String name;
        final String help;
        final String value;
        /** min, max, now; or null. */
        final double[] range;
        final List<Node> children = new ArrayList<>();

        Node(int id, int parent, String role, int flags, int actions, int x, int y, int width, int height, String name,
             String help, String value, double[] range) {
            this.id = id;
            this.parent = parent;
            this.role = role;
            this.flags = flags;
            this.actions = actions;
            this.x = x;
            this.y = y;
            this.width = width;
            this.height = height;
            this.name = name;
            this.help = help;
            this.value = value;
            this.range = range;
        }

        boolean is(int flag) {
            return (flags & flag) != 0;
        }

        boolean can(int action) {
            return (actions & action) != 0;
        }

        boolean contains(float sx, float sy) {
            return sx >= x && sy >= y && sx < x + width && sy < y + height;
        }

        boolean container() {
            return "scr".equals(role) || "lst".equals(role);
        }
    }

    final int width;
    final int height;
    final int focused;
    final String lang;
    /** In reading order. */
    final List<Node> nodes;
    /** The nodes directly under the screen, in reading order. */
    final List<Node> top;
    private final Map<Integer, Node> byId;

    private HuzhongA11ySnapshot(int width, int height, int focused, String lang, List<Node> nodes) {
        this.width = width;
        this.height = height;
        this.focused = focused;
        this.lang = lang;
        this.nodes = Collections.unmodifiableList(nodes);
        Map<Integer, Node> ids = new HashMap<>();
        List<Node> roots = new ArrayList<>();
        for (Node n : nodes) {
            if (ids.put(n.id, n) != null) {
                throw new IllegalArgumentException("two nodes with id " + n.id);
            }
            Node p = n.parent == 0 ? null : ids.get(n.parent);
            if (n.parent != 0 && (p == null || !p.container())) {
                throw new IllegalArgumentException("node " + n.id + ": no container " + n.parent + " before it");
            }
            if (p == null) {
                roots.add(n);
            } else {
                p.children.add(n);
            }
        }
        this.byId = ids;
        this.top = Collections.unmodifiableList(roots);
    }

    static HuzhongA11ySnapshot empty() {
        return new HuzhongA11ySnapshot(0, 0, 0, "", new ArrayList<Node>());
    }

    /** The node with {@code id}, or null. */
    Node node(int id) {
        return byId.get(id);
    }

    /** Reads a snapshot; throws IllegalArgumentException for anything that is not one of version 1. */
    static HuzhongA11ySnapshot parse(String wire) {
        List<String> lines = split(wire, '\n');
        List<String> head = fields(lines.get(0), 5);
        if (!MAGIC.equals(head.get(0))) {
            throw new IllegalArgumentException("not a version 1 snapshot: " + head.get(0));
        }
        List<Node> nodes = new ArrayList<>(lines.size());
        for (int i = 1; i < lines.size(); i++) {
            List<String> f = fields(lines.get(i), 10);
            List<String> b = split(f.get(5), ',');
            if (b.size() != 4) {
                throw new IllegalArgumentException("bounds: " + f.get(5));
            }
            double[] range = null;
            if (!f.get(9).isEmpty()) {
                List<String> r = split(f.get(9), ',');
                if (r.size() != 3) {
                    throw new IllegalArgumentException("range: " + f.get(9));
                }
                range = new double[] {Double.parseDouble(r.get(0)), Double.parseDouble(r.get(1)),
                        Double.parseDouble(r.get(2))};
            }
            nodes.add(new Node(Integer.parseInt(f.get(0)), Integer.parseInt(f.get(1)), f.get(2),
                    (int) Long.parseLong(f.get(3), 16), (int) Long.parseLong(f.get(4), 16),
                    Integer.parseInt(b.get(0)), Integer.parseInt(b.get(1)), Integer.parseInt(b.get(2)),
                    Integer.parseInt(b.get(3)), unescape(f.get(6)), unescape(f.get(7)), unescape(f.get(8)), range));
        }
        return new HuzhongA11ySnapshot(Integer.parseInt(head.get(1)), Integer.parseInt(head.get(2)),
                Integer.parseInt(head.get(3)), unescape(head.get(4)), nodes);
    }

    private static List<String> fields(String line, int count) {
        List<String> f = split(line, '|');
        if (f.size() != count) {
            throw new IllegalArgumentException("expected " + count + " fields: " + line);
        }
        return f;
    }

    /** Splits at every {@code sep}, keeping empty pieces (String.split drops trailing ones). */
    static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == sep) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (++i == s.length()) {
                throw new IllegalArgumentException("a lone backslash: " + s);
            }
            switch (s.charAt(i)) {
                case '\\': sb.append('\\'); break;
                case 'p': sb.append('|'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                default: throw new IllegalArgumentException("unknown escape in " + s);
            }
        }
        return sb.toString();
    }

    /** Android's widget class for a role, which decides what TalkBack calls the node ("button", "check box"…). */
    static String className(Node n) {
        switch (n.role) {
            case "btn": return "android.widget.Button";
            case "tgl": return "android.widget.ToggleButton";
            case "chk": return "android.widget.CheckBox";
            case "rad": return "android.widget.RadioButton";
            case "lnk": return "android.widget.Button";
            case "txf":
            case "pwd": return "android.widget.EditText";
            case "cmb": return "android.widget.Spinner";
            case "adj": return "android.widget.SeekBar";
            case "prg": return "android.widget.ProgressBar";
            case "lst": return "android.widget.ListView";
            case "itm": return "android.view.View";
            case "scr": return "android.widget.ScrollView";
            case "tab": return "android.widget.TabWidget";
            case "img": return "android.widget.ImageView";
            default: return "android.widget.TextView";
        }
    }
}
