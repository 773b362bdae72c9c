package cn.huzhong.care.app.ui;

/** Style-class names used by the views and defined in {@code app.css}: styling goes only through these. */
public final class Styles {
    public static final String SCREEN = "hz-screen";
    public static final String SCROLL = "hz-scroll";
    public static final String CARD = "hz-card";
    public static final String SECTION = "hz-section";
    public static final String SEPARATOR = "hz-separator";
    public static final String TITLE = "hz-title";
    public static final String HEADING = "hz-heading";
    public static final String BODY = "hz-body";
    public static final String MUTED = "hz-muted";
    public static final String BIG_NUMBER = "hz-big-number";
    public static final String FIELD_LABEL = "hz-field-label";
    public static final String SECONDARY = "hz-secondary";
    public static final String ROW = "hz-row";
    public static final String ICON_BUTTON = "hz-icon-button";
    public static final String APP_BAR = "hz-app-bar";
    public static final String BANNER = "hz-banner";
    public static final String ACTING_FOR = "hz-acting-for";
    public static final String CALL_PANEL = "hz-call-panel";
    public static final String PROGRESS = "hz-progress";
    public static final String CHART = "hz-chart";
    public static final String CHART_BAR = "hz-chart-bar";
    /** A message the 12385 desk wrote, and one the person (or their carer) wrote. */
    public static final String MESSAGE_DESK = "hz-message-desk";
    public static final String MESSAGE_MINE = "hz-message-mine";
    /** The carer's respite-care action on home: a tile spanning the width. */
    public static final String RESPITE = "hz-respite";
    /** An inbox row not read yet (also said in words). */
    public static final String UNREAD = "hz-unread";

    /** The tone of a status; always shown with words and an icon, colour only as a further cue. */
    public enum Tone {
        OK("hz-ok"), WARN("hz-warn"), ERROR("hz-error"), INFO("hz-info");

        private final String styleClass;

        Tone(String styleClass) {
            this.styleClass = styleClass;
        }

        public String styleClass() {
            return styleClass;
        }
    }

    private Styles() {
    }
}
