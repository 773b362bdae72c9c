package cn.huzhong.care.app;

import cn.huzhong.care.app.data.BookingRepository;
import cn.huzhong.care.app.data.DataSource;
import cn.huzhong.care.app.data.MessageRepository;
import cn.huzhong.care.app.data.Outbox;
import cn.huzhong.care.app.data.Session;
import cn.huzhong.care.app.data.SessionRepository;
import cn.huzhong.care.app.data.SettingsRepository;
import cn.huzhong.care.app.data.SyncStatus;
import cn.huzhong.care.app.platform.BookingReminders;
import cn.huzhong.care.app.platform.Connectivity;
import cn.huzhong.care.app.platform.Reminders;
import cn.huzhong.care.core.i18n.Lang;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the device tells the app, and what the app tells the device.
 * <ul>
 *   <li>The network goes: the offline banner shows at once ({@link SyncStatus#unreachable()}), without waiting for
 *   a request to time out. It comes back: the outbox sends what waits, and one small read (the unread count) asks
 *   the server whether it answers, which takes the banner away and lets the outbox's own "server is back" rule
 *   run.</li>
 *   <li>The reminders the device shows by itself follow the bookings of the person the app acts for: after
 *   sign-in, a switch of person, an outbox item answered, the server answering again, a change of language; all
 *   of them go at sign-out.</li>
 * </ul>
 * Listeners only: nothing here runs on the FX thread but the connectivity callback, which only starts work.
 */
final class DeviceHooks {
    private static final Logger LOG = Logger.getLogger(DeviceHooks.class.getName());

    private final Reminders reminders;
    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final SettingsRepository settings;
    private final Clock clock;
    private final AtomicInteger unsent = new AtomicInteger();
    private final AtomicReference<Lang> lang = new AtomicReference<>();
    /** Counts refreshes, so that only the latest one's answer is applied. */
    private final AtomicLong generation = new AtomicLong();

    DeviceHooks(Connectivity network, Reminders reminders, SyncStatus sync, SessionRepository sessions, Outbox outbox,
                BookingRepository bookings, MessageRepository messages, SettingsRepository settings, Clock clock) {
        this.reminders = reminders;
        this.sessions = sessions;
        this.bookings = bookings;
        this.settings = settings;
        this.clock = clock;
        this.lang.set(settings.current().lang());
        this.unsent.set(outbox.unsent());

        network.addListener(connected -> {
            if (!connected) {
                sync.unreachable();
                return;
            }
            outbox.sendNow();
            if (signedIn().isPresent()) {
                messages.unread().fresh().exceptionally(e -> {
                    LOG.log(Level.FINE, "the server does not answer yet", DataSource.cause(e));
                    return null;
                });
            }
        });
        // the server answering again after it could not be reached (not every answer: each one is a change of
        // state, since it moves the time of the last sync, and the refresh itself is an answer)
        AtomicBoolean wasOnline = new AtomicBoolean(sync.state().online());
        sync.addListener(state -> {
            if (state.online() && !wasOnline.getAndSet(true)) {
                refreshReminders();
            } else if (!state.online()) {
                wasOnline.set(false);
            }
        });
        sessions.addListener(s -> refreshReminders());
        outbox.addListener(() -> {
            int now = outbox.unsent();
            if (now < unsent.getAndSet(now)) {
                refreshReminders(); // a request or booking was answered: the list of bookings may have changed
            }
        });
        settings.addListener(s -> {
            if (lang.getAndSet(s.lang()) != s.lang()) {
                refreshReminders();
            }
        });
        refreshReminders();
    }

    private Optional<Session> signedIn() {
        return sessions.current().filter(s -> s.account() != null);
    }

    /**
     * Schedules reminders for the upcoming bookings of the person acted for; none when nobody is. Only the latest
     * refresh counts: an answer that arrives after a later refresh (or after sign-out) is dropped.
     */
    void refreshReminders() {
        long mine;
        Optional<Session> s;
        synchronized (generation) {
            mine = generation.incrementAndGet();
            s = signedIn();
            if (s.isEmpty() || s.get().subject().isEmpty()) {
                reminders.replaceAll(List.of());
                return;
            }
        }
        // the server's bookings, or the device's copy when the server cannot be reached
        bookings.bookings().latest().thenAccept(loaded -> {
                    synchronized (generation) {
                        if (generation.get() == mine && signedIn().equals(s)) {
                            reminders.replaceAll(BookingReminders.of(loaded.value().upcoming(), clock.instant(),
                                    settings.current().lang()));
                        }
                    }
                })
                .exceptionally(e -> {
                    // nothing fresh and nothing cached: the reminders scheduled before stay as they are
                    LOG.log(Level.FINE, "bookings not available for reminders", DataSource.cause(e));
                    return null;
                });
    }
}
