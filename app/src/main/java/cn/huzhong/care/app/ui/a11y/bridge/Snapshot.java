package cn.huzhong.care.app.ui.a11y.bridge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a phone screen reader sees of the screen at one moment: the nodes it reads and presses, in reading order
 * (containers before what they contain), immutable. Built from the accessibility audit's scene model by
 * {@link SnapshotBuilder}; sent to the native half as one string by {@link WireFormat}.
 *
 * @param width   the scene's width, px
 * @param height  the scene's height, px
 * @param focused the id of the node with keyboard focus, or 0
 * @param lang    the language of the texts (BCP 47: {@code zh-CN}, {@code en}), so a reader picks the right voice
 * @param nodes   in reading order
 */
public record Snapshot(int width, int height, int focused, String lang, List<SnapshotNode> nodes) {
    public Snapshot {
        Objects.requireNonNull(lang, "lang");
        nodes = List.copyOf(nodes);
        Map<Integer, SnapshotNode> seen = new HashMap<>();
        for (SnapshotNode n : nodes) {
            if (seen.put(n.id(), n) != null) {
                throw new IllegalArgumentException("two nodes with id " + n.id());
            }
            if (n.parent() != SnapshotNode.ROOT) {
                SnapshotNode p = seen.get(n.parent());
                if (p == null || !p.role().container()) {
                    throw new IllegalArgumentException("node " + n.id() + " names " + n.parent()
                            + " as its parent, which is not a container listed before it");
                }
            }
        }
    }

    /** The node with {@code id}, or null. */
    public SnapshotNode node(int id) {
        for (SnapshotNode n : nodes) {
            if (n.id() == id) {
                return n;
            }
        }
        return null;
    }

    /** The nodes directly under {@code parent} ({@link SnapshotNode#ROOT} for the top), in reading order. */
    public List<SnapshotNode> children(int parent) {
        return nodes.stream().filter(n -> n.parent() == parent).toList();
    }

    /** What a reader says for each node in reading order: its name, then its value, then its help. */
    public List<String> spoken() {
        return nodes.stream().map(Snapshot::spoken).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * What is said for one node: name, value and help, each once (not when already said), joined with "，" when any of
     * them is Chinese, else with ", ". A password's value is never said.
     */
    public static String spoken(SnapshotNode n) {
        List<String> parts = new java.util.ArrayList<>();
        for (String part : new String[] {n.name(), n.role() == SnapshotRole.PASSWORD ? "" : n.value(), n.help()}) {
            if (!part.isEmpty() && parts.stream().noneMatch(p -> p.contains(part))) {
                parts.add(part);
            }
        }
        boolean chinese = parts.stream().anyMatch(p -> p.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        return String.join(chinese ? "，" : ", ", parts);
    }
}
