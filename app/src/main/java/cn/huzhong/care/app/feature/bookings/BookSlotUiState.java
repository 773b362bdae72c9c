package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.SlotDto;

/**
 * Confirming a slot: what and when, the device kind and wheelchair loan for fittings, an optional note; or the move
 * of a booking to it.
 *
 * @param rescheduling the booking being moved, or null for a new booking
 * @param forWhom      the person a carer books for, or null when the person books for themself
 * @param places       the places left at that time, in words ("只剩 1 个名额")
 * @param formMessage  why it did not go through (the server's words), or null
 * @param refused      the server said no: the way back to the list of times is offered
 * @param focus        the field that gets focus (the first one in error), or null
 */
public record BookSlotUiState(SlotDto slot, ProviderDto provider, BookingDto rescheduling, String forWhom,
                              String places, boolean sending, String deviceKindError, String noteError, String formMessage,
                              boolean refused, Field focus) {
    public enum Field { DEVICE_KIND, NOTE }

    BookSlotUiState with(boolean sending, String deviceKindError, String noteError, String formMessage, boolean refused,
                         Field focus) {
        return new BookSlotUiState(slot, provider, rescheduling, forWhom, places, sending, deviceKindError, noteError,
                formMessage, refused, focus);
    }
}
