package cn.huzhong.care.app;

import cn.huzhong.care.app.data.AppSettings;
import cn.huzhong.care.app.data.FakeApi;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.data.Submission;
import cn.huzhong.care.app.platform.Connectivity;
import cn.huzhong.care.app.platform.Dialer;
import cn.huzhong.care.app.platform.FakeDialer;
import cn.huzhong.care.app.platform.InMemoryStorage;
import cn.huzhong.care.app.platform.Reminders;
import cn.huzhong.care.app.platform.desktop.InboxOnlyReminders;
import cn.huzhong.care.core.api.CreateBooking;
import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The app wired to a device: a network the test switches, and the desktop's reminders (which keep what a phone
 * would schedule), over the real data layer and a fake API.
 */
class DeviceHooksTest {
    /**
     * Two days before the fixture booking (30 November 2026, 9:00), a second later at each reading: every answer of
     * the server moves the time of the last sync, as it does with a real clock.
     */
    static final class TickingClock extends Clock {
        private final java.util.concurrent.atomic.AtomicLong seconds =
                new java.util.concurrent.atomic.AtomicLong(OffsetDateTime.parse("2026-11-28T10:00:00+08:00").toEpochSecond());

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return java.time.Instant.ofEpochSecond(seconds.getAndIncrement());
        }
    }

    /** A network the test switches, as Attach's connectivity would. */
    static final class FakeNetwork implements Connectivity {
        final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
        volatile boolean up = true;

        @Override
        public boolean connected() {
            return up;
        }

        @Override
        public void addListener(Consumer<Boolean> listener) {
            listeners.add(listener);
        }

        void set(boolean on) {
            up = on;
            listeners.forEach(l -> l.accept(on));
        }
    }

    FakeApi api;
    FakeNetwork network;
    InboxOnlyReminders reminders;
    App app;

    @BeforeEach
    void start() {
        InMemoryStorage storage = new InMemoryStorage();
        // a configured server: no embedded one is started (the fake API answers whatever the address)
        storage.write("settings.json", Json.gson().toJson(AppSettings.DEFAULTS.withServerAddress("http://127.0.0.1:9")));
        api = new FakeApi();
        network = new FakeNetwork();
        reminders = new InboxOnlyReminders();
        app = App.start(storage, new FakeDialer(Dialer.Outcome.UNAVAILABLE), new TickingClock(), base -> api, Runnable::run);
        app.connectDevice(network, reminders);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("never happened: " + what);
            }
            Thread.sleep(20);
        }
    }

    long bookingCalls() {
        return api.calls.stream().filter(c -> c.startsWith("bookings ")).count();
    }

    void signIn() {
        app.sessions().signIn("13900000001", "demo1234").join();
    }

    @Test
    void networkGone_offlineAtOnce_withoutAskingTheServer() {
        signIn();
        int calls = api.calls.size();
        assertTrue(app.syncStatus().state().online());

        network.set(false);

        assertFalse(app.syncStatus().state().online(), "the banner's state, before any request failed");
        assertEquals(calls, api.calls.size());
    }

    @Test
    void networkBack_sendsWhatWaits_andAsksTheServer_whichEndsOffline() throws Exception {
        signIn();
        api.failure = Fixtures.offline();
        Submission<?> s = app.outbox().submitBooking(new CreateBooking(31L, null, null, null), null).get(10, TimeUnit.SECONDS);
        assertInstanceOf(Submission.Waiting.class, s);
        network.set(false);
        assertEquals(1, app.outbox().unsent());

        api.failure = null;
        network.set(true);

        eventually("the waiting booking sent", () -> app.outbox().unsent() == 0);
        eventually("online again", () -> app.syncStatus().state().online());
        // the booking going through can end "offline" before the server is asked; the question comes all the same
        eventually("the server asked", () -> api.calls.contains("unreadCount"));
        assertEquals(1, api.bookingsMade.size());
    }

    @Test
    void networkBack_signedOut_onlyTheOutbox_noRead() {
        network.set(false);
        network.set(true);

        assertFalse(api.calls.contains("unreadCount"), api.calls.toString());
    }

    @Test
    void reminders_followSignInAnsweredBookingsLanguageAndSignOut() throws Exception {
        api.bookingsMade.put("k1", Fixtures.booking(41, ServiceKind.REHABILITATION, true));
        signIn();

        eventually("a reminder for the booking", () -> reminders.last().size() == 1);
        Reminders.Reminder r = reminders.last().get(0);
        assertEquals("huzhong-booking-41", r.id());
        assertEquals(ZonedDateTime.parse("2026-11-29T18:00+08:00[Asia/Shanghai]"), r.at());
        assertTrue(r.text().startsWith("您明天上午9:00"), r.text());

        // a booking the outbox sends: the list is fetched again once the server has answered it
        app.outbox().submitBooking(new CreateBooking(32L, null, null, null), null).get(10, TimeUnit.SECONDS);
        eventually("two reminders", () -> reminders.last().size() == 2);

        // one refresh is one fetch of the list (upcoming and past), and its own answer sets off no other
        long before = bookingCalls();
        app.settings().update(app.settings().current().withLang(Lang.EN));
        eventually("English reminders", () -> reminders.last().stream().allMatch(x -> x.text().startsWith("You have")));
        assertEquals(before + 2, bookingCalls(), api.calls.toString());

        app.sessions().signOut().get(10, TimeUnit.SECONDS);
        eventually("no reminders for the next person on the device", () -> reminders.last().isEmpty());
    }
}
