package cn.huzhong.care.app.ui.a11y.bridge;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One node of a {@link Snapshot}: what a phone screen reader is told about one thing on the screen.
 *
 * @param id      stable while the JavaFX node it stands for lives (and, for a node with a unique fx:id, across
 *                re-renders); ids start at 1
 * @param parent  the id of the container it is in ({@link SnapshotRole#container()}), or {@link #ROOT}
 * @param role    what it is
 * @param name    what is said for it: the same name the accessibility audit reads ({@code SemanticNode.name()}); a
 *                field's name is its label's text
 * @param help    HELP (a field's error, a switch's explanation), "" when none
 * @param value   a field's text, a combo box's shown value, an adjustable's value in words; "" when none (never a
 *                password)
 * @param x       left edge in scene px (JavaFX's device-independent pixels)
 * @param y       top edge in scene px
 * @param width   width in scene px
 * @param height  height in scene px
 * @param flags   its state
 * @param actions what a screen reader may ask of it (none when disabled)
 * @param range   for an adjustable or a progress indicator, its range; else null
 */
public record SnapshotNode(int id, int parent, SnapshotRole role, String name, String help, String value,
                           int x, int y, int width, int height, Set<Flag> flags, Set<SnapshotAction> actions,
                           Range range) {
    /** The parent id of a node directly under the screen. */
    public static final int ROOT = 0;

    public SnapshotNode {
        if (id <= 0) {
            throw new IllegalArgumentException("ids start at 1: " + id);
        }
        Objects.requireNonNull(role, "role");
        name = name == null ? "" : name;
        help = help == null ? "" : help;
        value = value == null ? "" : value;
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        actions = actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
    }

    /** The state of a node. Each has a fixed bit in the {@link WireFormat}. */
    public enum Flag {
        FOCUSABLE(1),
        /** Has keyboard focus now. */
        FOCUSED(2),
        DISABLED(4),
        /** Chosen: the current place, the selected list item or tab. */
        SELECTED(8),
        CHECKABLE(16),
        CHECKED(32),
        EDITABLE(64),
        MULTILINE(128),
        /** A title or a heading (screen readers jump between them). */
        HEADING(256),
        /** Outside the visible part of the screen (scrolled away): still read, scrolled to when reached. */
        OFFSCREEN(512),
        /** Its value is wrong (a field in error: the error is its {@link #help}). */
        INVALID(1024),
        EXPANDED(2048),
        COLLAPSED(4096);

        private final int bit;

        Flag(int bit) {
            this.bit = bit;
        }

        public int bit() {
            return bit;
        }

        public static int mask(Set<Flag> flags) {
            int m = 0;
            for (Flag f : flags) {
                m |= f.bit;
            }
            return m;
        }

        public static Set<Flag> ofMask(int mask) {
            EnumSet<Flag> out = EnumSet.noneOf(Flag.class);
            int known = 0;
            for (Flag f : values()) {
                known |= f.bit;
                if ((mask & f.bit) != 0) {
                    out.add(f);
                }
            }
            if ((mask & ~known) != 0) {
                throw new IllegalArgumentException("unknown flag bits in " + Integer.toHexString(mask));
            }
            return out;
        }
    }

    /** A value in a range; {@code now} is negative for a progress indicator that does not know how far it is. */
    public record Range(double min, double max, double now) {
    }

    public boolean is(Flag f) {
        return flags.contains(f);
    }

    public boolean can(SnapshotAction a) {
        return actions.contains(a);
    }

    /** Whether it contains the point (scene px). */
    public boolean contains(double px, double py) {
        return px >= x && py >= y && px < x + width && py < y + height;
    }
}
