package cn.huzhong.care.server.bookings;

import cn.huzhong.care.core.domain.MessageKind;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.messages.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The day before each booking, a reminder in the inbox of the person and their carers. Runs every few minutes;
 * each reminder is once-only per account (a dedupe key in the database), so reruns and several servers send it once.
 */
public final class BookingReminders implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(BookingReminders.class);

    private final Database db;
    private final BookingRepository bookings;
    private final Inbox inbox;
    private final Clock clock;

    public BookingReminders(Database db, BookingRepository bookings, Inbox inbox, Clock clock) {
        this.db = db;
        this.bookings = bookings;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public void run() {
        try {
            remind();
        } catch (RuntimeException e) {
            LOG.warn("booking reminders failed; will try again", e);
        }
    }

    /** Sends tomorrow's reminders not sent yet; returns how many bookings were considered. */
    public int remind() {
        long now = clock.millis();
        LocalDate tomorrow = LocalDate.now(clock.withZone(Dates.ZONE)).plusDays(1);
        long from = tomorrow.atStartOfDay(Dates.ZONE).toInstant().toEpochMilli();
        long to = tomorrow.plusDays(1).atStartOfDay(Dates.ZONE).toInstant().toEpochMilli();
        return db.tx(c -> {
            List<BookingRepository.BookingRow> due = bookings.startingBetween(c, from, to);
            for (BookingRepository.BookingRow b : due) {
                String provider = bookings.provider(c, b.providerId()).orElseThrow().name();
                inbox.notify(c, b.residentId(), MessageKind.BOOKING_REMINDER, "booking.reminder",
                        List.of("@serviceKind." + b.service(), provider, "@time:" + b.startsAt()), b.id(),
                        "reminder:" + b.id(), now);
            }
            return due.size();
        });
    }
}
