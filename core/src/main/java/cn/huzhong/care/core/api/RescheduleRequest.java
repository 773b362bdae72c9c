package cn.huzhong.care.core.api;

/** Move a booking to another slot; the old place is released only if the new one is taken. */
public record RescheduleRequest(Long slotId) {
}
