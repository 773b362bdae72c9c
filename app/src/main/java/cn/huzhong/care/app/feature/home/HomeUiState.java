package cn.huzhong.care.app.feature.home;

import cn.huzhong.care.core.api.ContactDto;
import cn.huzhong.care.core.api.ResidentProfile;

import java.time.Instant;

/** The home screen's state. */
public sealed interface HomeUiState {
    /** "下午好，王秀兰": shown in every state. */
    String greeting();

    /** Before the profile arrives, the greeting and tiles are already usable. */
    record Loading(String greeting) implements HomeUiState {
    }

    /** @param contact the assigned contact (包保联系人), or null when none is assigned */
    record Content(String greeting, ResidentProfile profile, ContactDto contact, Instant savedAt, boolean fromCache)
            implements HomeUiState {
    }

    /** The account acts for no resident (volunteer or staff: their screens come in a later version). */
    record NoResident(String greeting) implements HomeUiState {
    }

    record Failed(String greeting, String message) implements HomeUiState {
    }
}
