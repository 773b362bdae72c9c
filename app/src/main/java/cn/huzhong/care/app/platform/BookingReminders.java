package cn.huzhong.care.app.platform;

import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.domain.BookingStatus;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.time.Dates;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Turns a person's bookings into the reminders a phone shows by itself: at 18:00 (district time) the evening before
 * each held booking, or, when that has passed, {@link #LATE_NOTICE} before it starts; none for a booking that
 * starts sooner than that, nor for a cancelled one. The text names the time only: it is shown on a locked
 * screen, and a rehabilitation or fitting appointment says something about the person that a passer-by should not
 * read. The full booking is one tap away in the app.
 */
public final class BookingReminders {
    /** The reminder the evening before comes at this time of day (Asia/Shanghai). */
    public static final LocalTime EVENING_BEFORE = LocalTime.of(18, 0);
    /** When the evening before has passed: this long before the start. */
    public static final Duration LATE_NOTICE = Duration.ofHours(2);
    static final String BUNDLE = "cn.huzhong.care.app.platform.reminders";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private BookingReminders() {
    }

    /** The reminder's id for a booking: the same booking keeps it when it is moved to another time. */
    public static String id(long bookingId) {
        return "huzhong-booking-" + bookingId;
    }

    /** The reminders for {@code bookings} as of {@code now}, in {@code lang}, soonest first. */
    public static List<Reminders.Reminder> of(List<BookingDto> bookings, Instant now, Lang lang) {
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, lang.locale(), NO_FALLBACK);
        DateTimeFormatter clock = DateTimeFormatter.ofPattern(text.getString("reminder.time.pattern"), lang.locale());
        List<Reminders.Reminder> out = new ArrayList<>();
        for (BookingDto b : bookings) {
            if (b == null || b.status() != BookingStatus.BOOKED || b.startsAt() == null) {
                continue;
            }
            ZonedDateTime start = b.startsAt().atZoneSameInstant(Dates.ZONE);
            ZonedDateTime at = start.toLocalDate().minusDays(1).atTime(EVENING_BEFORE).atZone(Dates.ZONE);
            if (!at.toInstant().isAfter(now)) {
                at = start.minus(LATE_NOTICE);
                if (!at.toInstant().isAfter(now)) {
                    continue;
                }
            }
            String day = at.toLocalDate().equals(start.toLocalDate()) ? "reminder.booking.today" : "reminder.booking.tomorrow";
            String body = new MessageFormat(text.getString(day), lang.locale()).format(new Object[]{clock.format(start)});
            out.add(new Reminders.Reminder(id(b.id()), text.getString("reminder.booking.title"), body, at));
        }
        out.sort((x, y) -> x.at().compareTo(y.at()));
        return List.copyOf(out);
    }
}
