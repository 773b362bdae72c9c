package cn.huzhong.care.app.ui.a11y.bridge;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WireFormatTest {
    /** Characters that stress the escaping and the splitting: separators, escapes, line ends, CJK, a surrogate pair. */
    private static final String[] PIECES = {"|", "\\", "\\p", "\n", "\r", "\r\n", ",", " ", "预约", "王秀兰", "已提交。",
            "Book", "𠀀", "😀", "\t", "\u200b", "p", "n", "HZA11Y/1", "0", "-1", ""};

    @Test
    void encode_writesTheDocumentedLines() {
        Snapshot s = new Snapshot(480, 860, 2, "zh-CN", List.of(
                new SnapshotNode(1, 0, SnapshotRole.SCROLL, "", "", "", 0, 64, 480, 700, Set.of(),
                        EnumSet.of(SnapshotAction.SCROLL_FORWARD), null),
                new SnapshotNode(2, 1, SnapshotRole.TEXT_FIELD, "手机号", "请输入11位手机号", "139|0\\0", 12, 90, 456, 50,
                        EnumSet.of(SnapshotNode.Flag.FOCUSABLE, SnapshotNode.Flag.FOCUSED, SnapshotNode.Flag.EDITABLE),
                        EnumSet.of(SnapshotAction.CLICK, SnapshotAction.FOCUS, SnapshotAction.SET_TEXT,
                                SnapshotAction.SHOW), null),
                new SnapshotNode(3, 0, SnapshotRole.ADJUSTABLE, "天数", "", "3", 0, 770, 480, 60, Set.of(),
                        EnumSet.of(SnapshotAction.INCREMENT), new SnapshotNode.Range(1, 14, 3.5))));
        String wire = WireFormat.encode(s);
        assertEquals("HZA11Y/1|480|860|2|zh-CN\n"
                + "1|0|scr|0|40|0,64,480,700||||\n"
                + "2|1|txf|43|27|12,90,456,50|手机号|请输入11位手机号|139\\p0\\\\0|\n"
                + "3|0|adj|0|8|0,770,480,60|天数||3|1,14,3.5", wire);
        assertEquals(s, WireFormat.decode(wire));
    }

    /** Property: any snapshot reads back equal, over 2,000 generated trees (a fixed seed, so a failure repeats). */
    @Test
    void decodeOfEncode_isTheSameSnapshot_forGeneratedTrees() {
        Random random = new Random(20240611L);
        for (int round = 0; round < 2000; round++) {
            Snapshot s = generate(random);
            String wire = WireFormat.encode(s);
            Snapshot back = WireFormat.decode(wire);
            assertEquals(s, back, () -> "round trip failed for\n" + wire);
            assertEquals(s.nodes().size() + 1, wire.split("\n", -1).length, "one line per node: nothing unescaped");
        }
    }

    @Test
    void decode_refusesOtherVersions_andBrokenLines() {
        assertThrows(IllegalArgumentException.class, () -> WireFormat.decode("HZA11Y/2|1|1|0|zh-CN"));
        assertThrows(IllegalArgumentException.class, () -> WireFormat.decode("HZA11Y/1|1|1|0"));
        assertThrows(IllegalArgumentException.class,
                () -> WireFormat.decode("HZA11Y/1|1|1|0|en\n1|0|btn|0|1|0,0,1|OK|||"), "bounds need four numbers");
        assertThrows(IllegalArgumentException.class,
                () -> WireFormat.decode("HZA11Y/1|1|1|0|en\n1|0|xyz|0|1|0,0,1,1|OK|||"), "unknown role");
        assertThrows(IllegalArgumentException.class,
                () -> WireFormat.decode("HZA11Y/1|1|1|0|en\n1|0|btn|0|1|0,0,1,1|O\\xK|||"), "unknown escape");
        assertThrows(IllegalArgumentException.class,
                () -> WireFormat.decode("HZA11Y/1|1|1|0|en\n1|0|btn|0|100|0,0,1,1|OK|||"), "unknown action bit");
        assertThrows(IllegalArgumentException.class,
                () -> WireFormat.decode("HZA11Y/1|1|1|0|en\n2|1|btn|0|1|0,0,1,1|OK|||"), "a parent that is not there");
    }

    static Snapshot generate(Random r) {
        int count = r.nextInt(r.nextInt(10) == 0 ? 300 : 25);
        List<SnapshotNode> nodes = new ArrayList<>();
        List<Integer> containers = new ArrayList<>();
        int nextId = 1 + r.nextInt(5);
        for (int i = 0; i < count; i++) {
            SnapshotRole role = SnapshotRole.values()[r.nextInt(SnapshotRole.values().length)];
            int parent = containers.isEmpty() || r.nextBoolean() ? SnapshotNode.ROOT
                    : containers.get(r.nextInt(containers.size()));
            int id = nextId;
            nextId += 1 + r.nextInt(3);
            EnumSet<SnapshotNode.Flag> flags = EnumSet.noneOf(SnapshotNode.Flag.class);
            for (SnapshotNode.Flag f : SnapshotNode.Flag.values()) {
                if (r.nextInt(4) == 0) {
                    flags.add(f);
                }
            }
            EnumSet<SnapshotAction> actions = EnumSet.noneOf(SnapshotAction.class);
            for (SnapshotAction a : SnapshotAction.values()) {
                if (r.nextInt(3) == 0) {
                    actions.add(a);
                }
            }
            SnapshotNode.Range range = r.nextInt(4) != 0 ? null : new SnapshotNode.Range(number(r), number(r), number(r));
            nodes.add(new SnapshotNode(id, parent, role, text(r), text(r), text(r), r.nextInt(2000) - 100,
                    r.nextInt(4000) - 100, r.nextInt(1000), r.nextInt(1000), flags, actions, range));
            if (role.container()) {
                containers.add(id);
            }
        }
        return new Snapshot(r.nextInt(3000), r.nextInt(3000), nodes.isEmpty() ? 0 : nodes.get(0).id(),
                r.nextBoolean() ? "zh-CN" : text(r), nodes);
    }

    private static double number(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> r.nextInt(100);
            case 1 -> -r.nextDouble() * 10;
            case 2 -> -0.0;
            case 3 -> 1e17 * r.nextDouble();
            case 4 -> -1;
            default -> r.nextDouble();
        };
    }

    private static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void spoken_saysNameValueAndHelpOnce() {
        SnapshotNode field = new SnapshotNode(1, 0, SnapshotRole.TEXT_FIELD, "手机号", "请输入11位手机号", "139", 0, 0, 1, 1,
                Set.of(), Set.of(), null);
        assertEquals("手机号，139，请输入11位手机号", Snapshot.spoken(field));
        SnapshotNode password = new SnapshotNode(2, 0, SnapshotRole.PASSWORD, "Password", "", "secret", 0, 0, 1, 1,
                Set.of(), Set.of(), null);
        assertEquals("Password", Snapshot.spoken(password), "a password is never said");
        SnapshotNode same = new SnapshotNode(3, 0, SnapshotRole.BUTTON, "Close", "Close", "", 0, 0, 1, 1, Set.of(),
                Set.of(), null);
        assertEquals("Close", Snapshot.spoken(same));
        assertTrue(new Snapshot(1, 1, 0, "en", List.of(field, password)).spoken().size() == 2);
    }
}
