package cn.huzhong.care.app.feature.home;

import cn.huzhong.care.core.api.ContactDto;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.core.api.ResidentProfile;

import java.time.Instant;
import java.util.List;

/** The home screen's state. */
public sealed interface HomeUiState {
    /** "下午好，王秀兰": shown in every state. */
    String greeting();

    /** What the tiles and the carer's actions show besides the profile. */
    Extras extras();

    /**
     * @param carer       the account acts for someone else (respite care is offered first)
     * @param subjectName whose data is shown
     * @param switchedTo  the carer has just switched to this person (said at the top), or null
     * @param unread      unread messages about the person shown, null while not known
     * @param others      a carer's other linked residents with unread messages
     * @param waiting     requests and bookings on this phone waiting to be sent
     * @param refused     requests and bookings of this phone that the server refused
     */
    record Extras(boolean carer, String subjectName, String switchedTo, Long unread, List<Other> others, int waiting,
                  int refused) {
        Extras with(Long unread, List<Other> others) {
            return new Extras(carer, subjectName, switchedTo, unread, others, waiting, refused);
        }

        Extras withOutbox(int waiting, int refused) {
            return new Extras(carer, subjectName, switchedTo, unread, others, waiting, refused);
        }
    }

    /** Another linked resident of a carer, with unread messages about them. */
    record Other(PersonRef person, long unread) {
    }

    /** Before the profile arrives, the greeting and tiles are already usable. */
    record Loading(String greeting, Extras extras) implements HomeUiState {
    }

    /** @param contact the assigned contact (包保联系人), or null when none is assigned */
    record Content(String greeting, Extras extras, ResidentProfile profile, ContactDto contact, Instant savedAt,
                   boolean fromCache) implements HomeUiState {
    }

    /** The account acts for no resident (volunteer or staff: their screens come in a later version). */
    record NoResident(String greeting, Extras extras) implements HomeUiState {
    }

    record Failed(String greeting, Extras extras, String message) implements HomeUiState {
    }
}
