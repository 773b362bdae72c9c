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

    /** The kit (see the ui.kit package). */
    public static final String APP_BAR_TITLE = "hz-app-bar-title";
    public static final String BAR_BUTTON = "hz-bar-button";
    public static final String BOTTOM_NAV = "hz-bottom-nav";
    public static final String NAV_ITEM = "hz-nav-item";
    public static final String NAV_PILL = "hz-nav-pill";
    public static final String NAV_BADGE = "hz-nav-badge";
    public static final String NAV_LABEL = "hz-nav-label";
    public static final String OFFLINE = "hz-offline";
    public static final String BANNER_ROW = "hz-banner-row";
    public static final String BANNER_MORE = "hz-banner-more";
    public static final String SCRIM = "hz-scrim";
    public static final String DIALOG = "hz-dialog";
    public static final String SHEET = "hz-sheet";
    public static final String DIALOG_FULL = "hz-dialog-full";
    public static final String DIALOG_BODY = "hz-dialog-body";
    public static final String DIALOG_SCROLL = "hz-dialog-scroll";
    public static final String DIALOG_ACTIONS = "hz-dialog-actions";
    public static final String DIALOG_ACTION = "hz-dialog-action";
    public static final String SNACKBAR = "hz-snackbar";
    public static final String SNACKBAR_TEXT = "hz-snackbar-text";
    /** A control on a dark surface (the snackbar). */
    public static final String ON_DARK = "hz-on-dark";
    public static final String BOTTOM_ACTIONS = "hz-bottom-actions";
    public static final String PICKER_FIELD = "hz-picker-field";
    public static final String PICKER_TYPED = "hz-picker-typed";
    public static final String CALENDAR = "hz-calendar";
    public static final String CALENDAR_DAY = "hz-calendar-day";
    public static final String CALENDAR_TODAY = "hz-calendar-today";
    public static final String CALENDAR_CHOSEN = "hz-calendar-chosen";
    public static final String STEPPER = "hz-stepper";
    public static final String STEPPER_VALUE = "hz-stepper-value";
    public static final String STEPPER_BUTTON = "hz-stepper-button";
    public static final String SWITCH = "hz-switch";
    public static final String SWITCH_TRACK = "hz-switch-track";
    public static final String SWITCH_THUMB = "hz-switch-thumb";
    public static final String SWITCH_STATE = "hz-switch-state";
    public static final String SEGMENTED = "hz-segmented";
    public static final String SEGMENT = "hz-segment";
    public static final String RATING = "hz-rating";
    public static final String STAR = "hz-star";
    public static final String STAR_FILLED = "hz-star-filled";
    public static final String TERM = "hz-term";
    public static final String CHEVRON = "hz-chevron";
    /** The icon at the start of a list row. */
    public static final String ROW_ICON = "hz-row-icon";
    /** A home tile's name and its line. */
    public static final String TILE_TITLE = "hz-tile-title";
    public static final String TILE_SUB = "hz-tile-sub";
    /** An emergency number on the hotlines page (first, with a phone icon). */
    public static final String EMERGENCY = "hz-emergency";
    /** A number read as one (certificate, phone): bold, body size, never broken inside. */
    public static final String NUMBER = "hz-number";

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
