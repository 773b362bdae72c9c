package cn.huzhong.care.app.platform.phone;

import cn.huzhong.care.app.platform.ReminderSchedule;
import cn.huzhong.care.app.platform.Reminders;
import com.gluonhq.attach.localnotifications.LocalNotificationsService;
import com.gluonhq.attach.localnotifications.Notification;
import javafx.application.Platform;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Reminders as the system's notifications. Attach schedules a notification when it is added to its list and
 * unschedules it when it is removed; it refuses a second notification with the same id and other content, so a
 * moved booking's reminder is removed before the new one is added. A reminder scheduled by an earlier run of the
 * app is not in Attach's list any more: to unschedule it, a blank notification with its id (which Attach never
 * schedules) is added and removed at once.
 */
final class AttachReminders implements Reminders {
    private final LocalNotificationsService service;
    private final ReminderSchedule schedule;
    private final Executor fx;
    /** What this run added to Attach's list, by id (FX thread only). */
    private final Map<String, Notification> added = new HashMap<>();

    AttachReminders(LocalNotificationsService service, ReminderSchedule schedule, Executor fx) {
        this.service = service;
        this.schedule = schedule;
        this.fx = fx;
    }

    /** Attach's list is observed by its scheduler: change it on the FX thread only. */
    static void onFxThread(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    @Override
    public void replaceAll(List<Reminder> wanted) {
        ReminderSchedule.Change change = schedule.plan(wanted);
        if (change.isEmpty()) {
            return;
        }
        fx.execute(() -> {
            ObservableList<Notification> list = service.getNotifications();
            for (String id : change.remove()) {
                Notification n = added.remove(id);
                if (n == null) {
                    n = new Notification(id, "", null, null);
                    list.add(n);
                }
                list.remove(n);
            }
            for (Reminder r : change.add()) {
                Notification n = new Notification(r.id(), r.title(), r.text(), r.at(), null);
                added.put(r.id(), n);
                list.add(n);
            }
        });
    }
}
