package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.ProviderSlot;

import java.util.List;

/** A provider's bookable times for staff: publishing new ones, withdrawing one nobody has booked. */
public sealed interface StaffSlotsUiState {
    record Loading() implements StaffSlotsUiState {
    }

    record Failed(String message) implements StaffSlotsUiState {
    }

    /**
     * @param providers   the providers staff may publish for (their town's)
     * @param provider    the one chosen
     * @param slots       its times of the next two weeks, withdrawn and booked ones included (null while read)
     * @param withdrawing the time being withdrawn (its dialog is open), or null
     * @param dateError   no day chosen, or null
     */
    record Showing(List<ProviderDto> providers, ProviderDto provider, List<Slot> slots, Slot withdrawing,
                   boolean sending, String notice, String error, String dateError) implements StaffSlotsUiState {
        Showing with(List<Slot> slots, Slot withdrawing, boolean sending, String notice, String error, String dateError) {
            return new Showing(providers, provider, slots, withdrawing, sending, notice, error, dateError);
        }
    }

    /** One time: when and what in words, places taken, and whether it may be withdrawn (nobody booked, not yet). */
    record Slot(long id, String when, String text, String places, boolean withdrawn, boolean canWithdraw) {
    }
}
