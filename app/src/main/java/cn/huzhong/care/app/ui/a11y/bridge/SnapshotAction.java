package cn.huzhong.care.app.ui.a11y.bridge;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a screen reader can ask of a node of a {@link Snapshot}. Each action has a fixed bit: a node lists its actions
 * as a bit mask in the {@link WireFormat}, and a native half names the action it asks for by that bit (see
 * {@link SnapshotExporter#perform}).
 */
public enum SnapshotAction {
    /** Press it: a button fires, a check box toggles, a row opens, a list item is chosen. */
    CLICK(1),
    /** Give it keyboard focus (a text field then takes typing). */
    FOCUS(2),
    /** Replace a text field's text with the argument. */
    SET_TEXT(4),
    INCREMENT(8),
    DECREMENT(16),
    /** Scroll its container so that it is in view. */
    SHOW(32),
    /** Scroll a container one page on. */
    SCROLL_FORWARD(64),
    /** Scroll a container one page back. */
    SCROLL_BACKWARD(128);

    private final int bit;

    SnapshotAction(int bit) {
        this.bit = bit;
    }

    public int bit() {
        return bit;
    }

    /** The action with {@code bit}, or null when no action has that bit. */
    public static SnapshotAction ofBit(int bit) {
        for (SnapshotAction a : values()) {
            if (a.bit == bit) {
                return a;
            }
        }
        return null;
    }

    public static int mask(Set<SnapshotAction> actions) {
        int m = 0;
        for (SnapshotAction a : actions) {
            m |= a.bit;
        }
        return m;
    }

    public static Set<SnapshotAction> ofMask(int mask) {
        EnumSet<SnapshotAction> out = EnumSet.noneOf(SnapshotAction.class);
        for (SnapshotAction a : values()) {
            if ((mask & a.bit) != 0) {
                out.add(a);
            }
        }
        if ((mask & ~mask(EnumSet.allOf(SnapshotAction.class))) != 0) {
            throw new IllegalArgumentException("unknown action bits in " + Integer.toHexString(mask));
        }
        return out;
    }
}
