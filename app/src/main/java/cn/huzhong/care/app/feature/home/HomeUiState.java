package cn.huzhong.care.app.feature.home;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.core.api.ContactDto;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.core.api.ResidentProfile;

import java.util.List;

/** The home screen's state. */
public sealed interface HomeUiState extends ReadState {
    /** "下午好，王秀兰": shown in every state. */
    String greeting();

    /** What the tiles and the carer's actions show besides the profile. */
    Extras extras();

    /**
     * @param carer       the account acts for someone else (respite care is offered first)
     * @param subjectName whose data is shown
     * @param switchedTo  the carer has just switched to this person (said at the top), or null
     * @param unread      unread messages about the person shown, null while not known
     * @param messagesSub what the messages tile says under its name: how many are unread, in words
     * @param others      a carer's other linked residents with unread messages
     * @param waiting     requests and bookings on this phone waiting to be sent
     * @param refused     requests and bookings of this phone that the server refused
     */
    record Extras(boolean carer, String subjectName, String switchedTo, Long unread, String messagesSub,
                  List<Other> others, int waiting, int refused) {
        Extras with(Long unread, String messagesSub, List<Other> others) {
            return new Extras(carer, subjectName, switchedTo, unread, messagesSub, others, waiting, refused);
        }

        Extras withOutbox(int waiting, int refused) {
            return new Extras(carer, subjectName, switchedTo, unread, messagesSub, others, waiting, refused);
        }
    }

    /**
     * Another linked resident of a carer, with unread messages about them.
     *
     * @param line "刘洋（您是其父母）有 2 条未读消息"
     */
    record Other(PersonRef person, long unread, String line) {
    }

    /** Before the profile arrives, the greeting and tiles are already usable. */
    record Loading(String greeting, Extras extras, String slowNote) implements HomeUiState, ReadState.Waiting {
    }

    /** @param contact the assigned contact (包保联系人), or null when none is assigned */
    record Content(String greeting, Extras extras, ResidentProfile profile, ContactDto contact, Freshness freshness)
            implements HomeUiState, ReadState.Showing {
    }

    /** The account acts for no resident (volunteer or staff: their screens come in a later version). */
    record NoResident(String greeting, Extras extras) implements HomeUiState {
    }

    record Failed(String greeting, Extras extras, String message) implements HomeUiState, ReadState.Failing {
    }
}
