package cn.huzhong.care.core.domain;

/** What an inbox message (F8) is about; tells the app where it leads. */
public enum MessageKind {
    SUBSIDY_STATUS,
    REQUEST_STATUS,
    BOOKING_STATUS,
    BOOKING_REMINDER,
    HOTLINE_REPLY,
    /** A help task: a volunteer will come, withdrew, was assigned, finished. */
    TASK_STATUS,
    /** A complaint about a volunteer's help, for staff. */
    COMPLAINT,
    /** A correction or deletion of personal data: filed (for staff) or answered (for the person). */
    PERSONAL_DATA
}
