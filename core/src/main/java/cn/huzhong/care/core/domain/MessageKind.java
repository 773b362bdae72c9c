package cn.huzhong.care.core.domain;

/** What an inbox message (F8) is about; tells the app where it leads. */
public enum MessageKind {
    SUBSIDY_STATUS,
    REQUEST_STATUS,
    BOOKING_STATUS,
    BOOKING_REMINDER,
    HOTLINE_REPLY
}
