package cn.huzhong.care.app.ui.a11y.bridge;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Snapshot} as one string, to cross into native code (JNI on Android, Objective-C on iOS) and back in tests.
 * Lines end with {@code \n}; fields are separated by {@code |}. The first line is the header, then one line per node
 * in reading order:
 *
 * <pre>
 * HZA11Y/1|width|height|focused|lang
 * id|parent|role|flags|actions|x,y,w,h|name|help|value|range
 * </pre>
 *
 * <ul>
 * <li>{@code width}, {@code height}, {@code x}, {@code y}, {@code w}, {@code h}: whole scene px (JavaFX's
 * device-independent pixels; the native half multiplies by the screen's density);</li>
 * <li>{@code id}, {@code parent}, {@code focused}: decimal; {@code parent} 0 is the screen itself;</li>
 * <li>{@code role}: a three-letter {@link SnapshotRole#code()};</li>
 * <li>{@code flags}, {@code actions}: hexadecimal bit masks of {@link SnapshotNode.Flag} and
 * {@link SnapshotAction};</li>
 * <li>{@code name}, {@code help}, {@code value}, {@code lang}: text in which {@code \} is written {@code \\},
 * {@code |} is {@code \p}, a line feed {@code \n} and a carriage return {@code \r};</li>
 * <li>{@code range}: empty, or {@code min,max,now} as decimal numbers.</li>
 * </ul>
 * A 500-node screen is about 25 kB. Readers of another version of the header refuse the string.
 */
public final class WireFormat {
    /** The first field of the header. */
    public static final String MAGIC = "HZA11Y/1";

    private WireFormat() {
    }

    public static String encode(Snapshot s) {
        StringBuilder sb = new StringBuilder(64 + s.nodes().size() * 48);
        sb.append(MAGIC).append('|').append(s.width()).append('|').append(s.height()).append('|')
                .append(s.focused()).append('|');
        escape(sb, s.lang());
        for (SnapshotNode n : s.nodes()) {
            sb.append('\n').append(n.id()).append('|').append(n.parent()).append('|').append(n.role().code())
                    .append('|').append(Integer.toHexString(SnapshotNode.Flag.mask(n.flags())))
                    .append('|').append(Integer.toHexString(SnapshotAction.mask(n.actions())))
                    .append('|').append(n.x()).append(',').append(n.y()).append(',').append(n.width()).append(',')
                    .append(n.height()).append('|');
            escape(sb, n.name());
            sb.append('|');
            escape(sb, n.help());
            sb.append('|');
            escape(sb, n.value());
            sb.append('|');
            if (n.range() != null) {
                sb.append(number(n.range().min())).append(',').append(number(n.range().max())).append(',')
                        .append(number(n.range().now()));
            }
        }
        return sb.toString();
    }

    /** Reads what {@link #encode} wrote; throws {@link IllegalArgumentException} for anything else. */
    public static Snapshot decode(String wire) {
        String[] lines = wire.split("\n", -1);
        String[] head = fields(lines[0], 5);
        if (!MAGIC.equals(head[0])) {
            throw new IllegalArgumentException("not a snapshot of version 1: " + head[0]);
        }
        List<SnapshotNode> nodes = new ArrayList<>(lines.length - 1);
        for (int i = 1; i < lines.length; i++) {
            String[] f = fields(lines[i], 10);
            String[] b = f[5].split(",", -1);
            if (b.length != 4) {
                throw new IllegalArgumentException("bounds must be x,y,w,h: " + f[5]);
            }
            SnapshotNode.Range range = null;
            if (!f[9].isEmpty()) {
                String[] r = f[9].split(",", -1);
                if (r.length != 3) {
                    throw new IllegalArgumentException("a range is min,max,now: " + f[9]);
                }
                range = new SnapshotNode.Range(Double.parseDouble(r[0]), Double.parseDouble(r[1]),
                        Double.parseDouble(r[2]));
            }
            nodes.add(new SnapshotNode(Integer.parseInt(f[0]), Integer.parseInt(f[1]), SnapshotRole.ofCode(f[2]),
                    unescape(f[6]), unescape(f[7]), unescape(f[8]),
                    Integer.parseInt(b[0]), Integer.parseInt(b[1]), Integer.parseInt(b[2]), Integer.parseInt(b[3]),
                    SnapshotNode.Flag.ofMask(Integer.parseUnsignedInt(f[3], 16)),
                    SnapshotAction.ofMask(Integer.parseUnsignedInt(f[4], 16)), range));
        }
        return new Snapshot(Integer.parseInt(head[1]), Integer.parseInt(head[2]), Integer.parseInt(head[3]),
                unescape(head[4]), nodes);
    }

    private static String[] fields(String line, int count) {
        String[] f = line.split("\\|", -1);
        if (f.length != count) {
            throw new IllegalArgumentException("expected " + count + " fields, found " + f.length + ": " + line);
        }
        return f;
    }

    static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '|' -> sb.append("\\p");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
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
                throw new IllegalArgumentException("a lone backslash at the end of " + s);
            }
            switch (s.charAt(i)) {
                case '\\' -> sb.append('\\');
                case 'p' -> sb.append('|');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                default -> throw new IllegalArgumentException("unknown escape \\" + s.charAt(i) + " in " + s);
            }
        }
        return sb.toString();
    }

    /** A number as short as it reads back exactly: {@code 3} rather than {@code 3.0}. */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15 && !(d == 0 && 1 / d < 0)) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }
}
