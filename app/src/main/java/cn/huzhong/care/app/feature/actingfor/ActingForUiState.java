package cn.huzhong.care.app.feature.actingfor;

import cn.huzhong.care.core.api.PersonRef;

import java.util.List;

/**
 * Whom a carer acts for: each linked resident, with their unread messages (null while not known) and whether the
 * app shows their data now.
 *
 * @param switching the app is changing over to another person
 */
public record ActingForUiState(List<Person> people, boolean switching) {
    /**
     * @param name       "刘洋（您是其父母）"
     * @param unreadText their unread messages in words, or null while not known
     * @param spoken     the whole row in one sentence
     */
    public record Person(PersonRef ref, Long unread, boolean current, String name, String unreadText, String spoken) {
    }
}
