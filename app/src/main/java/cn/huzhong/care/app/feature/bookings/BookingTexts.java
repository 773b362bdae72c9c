package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.domain.BookingStatus;

import java.time.Instant;

/** A booking's status in words and its tone; places left in words. */
final class BookingTexts {
    private BookingTexts() {
    }

    static boolean over(BookingDto b, Instant now) {
        return b.endsAt() != null && b.endsAt().toInstant().isBefore(now);
    }

    static String status(BookingDto b, Instant now, Messages m) {
        if (b.status() == BookingStatus.CANCELLED) {
            return m.get("booking.status.cancelled");
        }
        return over(b, now) ? m.get("booking.status.over") : m.get("booking.status.booked");
    }

    static Styles.Tone tone(BookingDto b, Instant now) {
        if (b.status() == BookingStatus.CANCELLED) {
            return Styles.Tone.WARN;
        }
        return over(b, now) ? Styles.Tone.INFO : Styles.Tone.OK;
    }

    /** "还有 2 个名额" / "只剩 1 个名额". */
    static String places(int left, Messages m) {
        return left == 1 ? m.get("slots.places.one") : m.get("slots.places.many", left);
    }
}
