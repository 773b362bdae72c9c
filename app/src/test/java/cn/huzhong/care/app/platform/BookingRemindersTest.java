package cn.huzhong.care.app.platform;

import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.domain.BookingStatus;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.time.Dates;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookingRemindersTest {
    private static final ZoneOffset CST = ZoneOffset.ofHours(8);

    private static BookingDto booking(long id, BookingStatus status, OffsetDateTime start) {
        return new BookingDto(id, 7, status, ServiceKind.REHABILITATION, "康复训练",
                cn.huzhong.care.app.data.Fixtures.provider(), start, start.plusMinutes(45), "whenever", null, null,
                false, null, true, start.minusHours(2), "本人");
    }

    private static OffsetDateTime at(int day, int hour, int minute) {
        return OffsetDateTime.of(2026, 12, day, hour, minute, 0, 0, CST);
    }

    private static Instant now(int day, int hour, int minute) {
        return at(day, hour, minute).toInstant();
    }

    @Test
    void of_beforeTheEveningBefore_remindsAtSixTheEveningBefore() {
        List<Reminders.Reminder> r = BookingReminders.of(List.of(booking(5, BookingStatus.BOOKED, at(10, 9, 30))),
                now(8, 12, 0), Lang.ZH);

        assertEquals(1, r.size());
        assertEquals(ZonedDateTime.of(2026, 12, 9, 18, 0, 0, 0, Dates.ZONE), r.get(0).at());
        assertEquals("huzhong-booking-5", r.get(0).id());
        assertEquals("呼中助残：预约提醒", r.get(0).title());
        assertEquals("您明天上午9:30有一个预约。打开呼中助残查看地点和详情。", r.get(0).text());
    }

    @Test
    void of_atSixTheEveningBefore_remindsTwoHoursBeforeTheStartInstead() {
        // 18:00 exactly has come: that moment is not in the future any more
        List<Reminders.Reminder> r = BookingReminders.of(List.of(booking(5, BookingStatus.BOOKED, at(10, 14, 0))),
                now(9, 18, 0), Lang.EN);

        assertEquals(1, r.size());
        assertEquals(ZonedDateTime.of(2026, 12, 10, 12, 0, 0, 0, Dates.ZONE), r.get(0).at());
        assertEquals("You have a booking today at 2:00 PM. Open Huzhong Care for the place and details.", r.get(0).text());
    }

    @Test
    void of_lessThanTwoHoursAhead_noReminder_justOver_oneReminder() {
        BookingDto b = booking(5, BookingStatus.BOOKED, at(10, 14, 0));

        assertTrue(BookingReminders.of(List.of(b), now(10, 12, 0), Lang.ZH).isEmpty(), "exactly two hours ahead");
        assertEquals(1, BookingReminders.of(List.of(b), now(10, 11, 59), Lang.ZH).size());
    }

    @Test
    void of_cancelledOrPastOrUndated_noReminder() {
        List<BookingDto> none = java.util.Arrays.asList(booking(1, BookingStatus.CANCELLED, at(20, 9, 0)),
                booking(2, BookingStatus.BOOKED, at(1, 9, 0)), null,
                new BookingDto(3, 7, BookingStatus.BOOKED, ServiceKind.REHABILITATION, "", null, null, null, "", null,
                        null, false, null, false, null, ""));

        assertTrue(BookingReminders.of(none, now(8, 12, 0), Lang.ZH).isEmpty());
    }

    @Test
    void of_earlyMorningStart_remindedTheEveningBefore_saysTomorrow() {
        List<Reminders.Reminder> r = BookingReminders.of(List.of(booking(5, BookingStatus.BOOKED, at(10, 1, 0))),
                now(9, 19, 0), Lang.ZH);

        assertEquals(ZonedDateTime.of(2026, 12, 9, 23, 0, 0, 0, Dates.ZONE), r.get(0).at());
        assertTrue(r.get(0).text().startsWith("您明天上午1:00"), r.get(0).text());
    }

    @Test
    void of_textNamesNeitherThePlaceNorTheService_soonestFirst() {
        List<Reminders.Reminder> r = BookingReminders.of(List.of(booking(6, BookingStatus.BOOKED, at(12, 9, 0)),
                booking(5, BookingStatus.BOOKED, at(10, 9, 0))), now(8, 12, 0), Lang.ZH);

        assertEquals(List.of("huzhong-booking-5", "huzhong-booking-6"), r.stream().map(Reminders.Reminder::id).toList());
        for (Reminders.Reminder x : r) {
            String all = x.title() + x.text();
            assertFalse(all.contains("康复"), all);
            assertFalse(all.contains("呼中区残疾人康复中心"), all);
        }
    }

    @Test
    void bundles_haveTheSameKeysInBothLanguages() {
        var zh = java.util.ResourceBundle.getBundle(BookingReminders.BUNDLE, Lang.ZH.locale(),
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        var en = java.util.ResourceBundle.getBundle(BookingReminders.BUNDLE, Lang.EN.locale(),
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));

        assertEquals(zh.keySet(), en.keySet());
        assertEquals(Lang.EN.locale(), en.getLocale());
        assertEquals(Lang.ZH.locale(), zh.getLocale());
    }
}
