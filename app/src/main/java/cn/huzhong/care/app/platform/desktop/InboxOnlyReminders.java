package cn.huzhong.care.app.platform.desktop;

import cn.huzhong.care.app.platform.Reminders;

import java.util.List;

/**
 * The desktop has no reminders of its own: the server's reminders arrive in the inbox (F8), which is where a
 * person at a computer looks. Keeps the last list asked for, so that what a phone would schedule can be seen.
 */
public final class InboxOnlyReminders implements Reminders {
    private volatile List<Reminder> last = List.of();

    @Override
    public void replaceAll(List<Reminder> wanted) {
        last = List.copyOf(wanted);
    }

    /** What a phone would have scheduled after the last {@link #replaceAll}. */
    public List<Reminder> last() {
        return last;
    }
}
