package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.DeviceKind;

/**
 * Book a slot. Device-fitting slots need {@code deviceKind} and may ask for a loaned wheelchair
 * (共享轮椅) meanwhile; {@code note} is optional.
 */
public record CreateBooking(Long slotId, DeviceKind deviceKind, Boolean wheelchairLoan, String note) {
}
