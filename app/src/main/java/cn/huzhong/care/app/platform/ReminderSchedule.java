package cn.huzhong.care.app.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a device's reminder service must be told so that its scheduled reminders become a wanted list: which ids
 * to take away (gone, or moved to another time or text) and which reminders to add. The ids it has scheduled are
 * kept in the app's storage, so that a reminder scheduled by an earlier run of the app (the system keeps it while
 * the app is closed) is still taken away when its booking has been cancelled meanwhile.
 */
public final class ReminderSchedule {
    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());
    static final String FILE = "reminders.txt";

    /**
     * @param remove ids to unschedule (each one this schedule or an earlier run scheduled)
     * @param add    reminders to schedule, after the removals
     */
    public record Change(List<String> remove, List<Reminders.Reminder> add) {
        public boolean isEmpty() {
            return remove.isEmpty() && add.isEmpty();
        }
    }

    private final Storage storage;
    /** Scheduled by this run, as they were given. */
    private final Map<String, Reminders.Reminder> scheduled = new LinkedHashMap<>();
    /** Scheduled by an earlier run: the ids only (the service has forgotten the rest). */
    private final Set<String> earlier = new LinkedHashSet<>();

    /** Reads the ids an earlier run scheduled. Blocking (storage). */
    public ReminderSchedule(Storage storage) {
        this.storage = storage;
        try {
            storage.read(FILE).ifPresent(text -> Arrays.stream(text.split("\n")).map(String::strip)
                    .filter(s -> !s.isEmpty()).forEach(earlier::add));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot read the scheduled reminders; starting afresh", e);
        }
    }

    /** The change that turns what is scheduled into {@code wanted}, taken as done. Blocking (storage). */
    public synchronized Change plan(List<Reminders.Reminder> wanted) {
        Map<String, Reminders.Reminder> next = new LinkedHashMap<>();
        for (Reminders.Reminder r : wanted) {
            next.putIfAbsent(r.id(), r);
        }
        List<String> remove = new ArrayList<>();
        List<Reminders.Reminder> add = new ArrayList<>();
        for (String id : earlier) {
            // an earlier run's reminder is not known in detail: replace it even when an equal one is wanted
            remove.add(id);
        }
        for (Map.Entry<String, Reminders.Reminder> e : scheduled.entrySet()) {
            if (!e.getValue().equals(next.get(e.getKey()))) {
                remove.add(e.getKey());
            }
        }
        for (Reminders.Reminder r : next.values()) {
            if (!r.equals(scheduled.get(r.id()))) {
                add.add(r);
            }
        }
        earlier.clear();
        scheduled.clear();
        scheduled.putAll(next);
        try {
            storage.write(FILE, String.join("\n", scheduled.keySet()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot keep the scheduled reminders", e);
        }
        return new Change(List.copyOf(remove), List.copyOf(add));
    }
}
