package cn.huzhong.care.core.domain;

/** A booking is held or was cancelled (a reschedule moves a held booking to another slot). */
public enum BookingStatus {
    BOOKED,
    CANCELLED
}
