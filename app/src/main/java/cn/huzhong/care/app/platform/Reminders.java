package cn.huzhong.care.app.platform;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Reminders the device shows by itself at a set time, even when the app is closed (on phones: the system's
 * notifications). The inbox keeps every reminder the server sends; these are the ones that reach a person who has
 * not opened the app.
 */
public interface Reminders {
    /**
     * One reminder. Its text is shown on a locked screen: it names no person, place or kind of service.
     *
     * @param id stable for the same thing reminded of, so that a new list can tell what moved and what went
     */
    record Reminder(String id, String title, String text, ZonedDateTime at) {
    }

    /**
     * Makes the scheduled reminders exactly {@code wanted}: new ones are added, changed ones moved, the rest
     * removed (an empty list removes all: at sign-out the next person on the device must not get them). May be
     * called on any thread.
     */
    void replaceAll(List<Reminder> wanted);
}
