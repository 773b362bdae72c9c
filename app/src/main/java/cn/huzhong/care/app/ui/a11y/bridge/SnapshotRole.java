package cn.huzhong.care.app.ui.a11y.bridge;

/**
 * What a node of a {@link Snapshot} is, in the few kinds a phone screen reader tells apart. Each has a three-letter
 * code for the {@link WireFormat}; the native halves map it to their own widget kinds (Android: a class name such as
 * {@code android.widget.Button}; iOS: accessibility traits).
 */
public enum SnapshotRole {
    /** Something to press: a button, a menu button, a row that opens something, a node with a tap handler. */
    BUTTON("btn"),
    /** A button that stays pressed (a switch, a place of the bottom navigation): checkable. */
    TOGGLE("tgl"),
    CHECK_BOX("chk"),
    RADIO("rad"),
    LINK("lnk"),
    /** A text field or text area ({@link SnapshotNode.Flag#MULTILINE} for an area). */
    TEXT_FIELD("txf"),
    PASSWORD("pwd"),
    /** A combo box, date picker, colour picker or choice box: shows a value, opens a list. */
    COMBO("cmb"),
    /** A slider or a spinner: a value in a range, moved with increment and decrement. */
    ADJUSTABLE("adj"),
    PROGRESS("prg"),
    /** A list, tree or table: a container of {@link #LIST_ITEM}s. */
    LIST("lst"),
    LIST_ITEM("itm"),
    /** A scrolling container: scrolled forward and backward by the screen reader. */
    SCROLL("scr"),
    TAB("tab"),
    /** Text that is read, not pressed ({@link SnapshotNode.Flag#HEADING} for titles and headings). */
    TEXT("txt"),
    IMAGE("img");

    private final String code;

    SnapshotRole(String code) {
        this.code = code;
    }

    /** The role's code in the wire format. */
    public String code() {
        return code;
    }

    /** The role with {@code code}. */
    public static SnapshotRole ofCode(String code) {
        for (SnapshotRole r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no role with code " + code);
    }

    /** Whether nodes of this role hold other nodes of the snapshot. */
    public boolean container() {
        return this == LIST || this == SCROLL;
    }
}
