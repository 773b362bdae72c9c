package cn.huzhong.care.app.platform;

import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReminderScheduleTest {
    private static final ZonedDateTime T = ZonedDateTime.parse("2026-12-09T18:00+08:00[Asia/Shanghai]");

    private static Reminders.Reminder r(String id, int hoursLater) {
        return new Reminders.Reminder(id, "title", "text " + id, T.plusHours(hoursLater));
    }

    @Test
    void plan_fromNothing_addsAll_thenTheSameListChangesNothing() {
        ReminderSchedule s = new ReminderSchedule(new InMemoryStorage());

        ReminderSchedule.Change first = s.plan(List.of(r("a", 0), r("b", 1)));
        assertEquals(List.of(), first.remove());
        assertEquals(List.of(r("a", 0), r("b", 1)), first.add());

        assertTrue(s.plan(List.of(r("a", 0), r("b", 1))).isEmpty());
    }

    @Test
    void plan_movedOne_removesItThenAddsItAgain_goneOne_removed() {
        ReminderSchedule s = new ReminderSchedule(new InMemoryStorage());
        s.plan(List.of(r("a", 0), r("b", 1)));

        ReminderSchedule.Change c = s.plan(List.of(r("a", 5)));

        assertEquals(List.of("a", "b"), c.remove());
        assertEquals(List.of(r("a", 5)), c.add());
    }

    @Test
    void plan_emptyList_removesEverything() {
        ReminderSchedule s = new ReminderSchedule(new InMemoryStorage());
        s.plan(List.of(r("a", 0), r("b", 1)));

        ReminderSchedule.Change c = s.plan(List.of());

        assertEquals(List.of("a", "b"), c.remove());
        assertEquals(List.of(), c.add());
    }

    @Test
    void plan_afterARestart_removesWhatTheEarlierRunScheduled_evenWhenStillWanted() {
        InMemoryStorage storage = new InMemoryStorage();
        new ReminderSchedule(storage).plan(List.of(r("a", 0), r("gone", 1)));

        ReminderSchedule again = new ReminderSchedule(storage);
        ReminderSchedule.Change c = again.plan(List.of(r("a", 0)));

        assertEquals(List.of("a", "gone"), c.remove());
        assertEquals(List.of(r("a", 0)), c.add());
        assertEquals("a", storage.read(ReminderSchedule.FILE).orElseThrow());
        assertTrue(new ReminderSchedule(storage).plan(List.of()).remove().contains("a"));
    }

    @Test
    void plan_sameIdTwice_theFirstCounts() {
        ReminderSchedule s = new ReminderSchedule(new InMemoryStorage());

        assertEquals(List.of(r("a", 0)), s.plan(List.of(r("a", 0), r("a", 3))).add());
    }
}
