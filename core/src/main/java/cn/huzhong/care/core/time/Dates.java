package cn.huzhong.care.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

/** The district's calendar: Asia/Shanghai time, working days Monday to Friday. */
public final class Dates {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Dates() {
    }

    /** An instant (epoch milliseconds, as stored) as a Huzhong time to the second: {@code 2026-11-28T20:47:00+08:00}. */
    public static java.time.OffsetDateTime time(long epochMillis) {
        return java.time.Instant.ofEpochMilli(epochMillis).atZone(ZONE).toOffsetDateTime()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** The Huzhong calendar day of an instant (epoch milliseconds). */
    public static LocalDate day(long epochMillis) {
        return java.time.Instant.ofEpochMilli(epochMillis).atZone(ZONE).toLocalDate();
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /**
     * The day that is {@code days} working days after {@code start} (the start day itself does not count).
     * Public holidays are not modelled yet: only weekends are skipped, so dates around 国庆 or 春节 are early.
     */
    public static LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be >= 0");
        }
        LocalDate d = start;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
