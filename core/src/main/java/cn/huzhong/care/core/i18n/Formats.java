package cn.huzhong.care.core.i18n;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, times and months written the way people read them aloud, one way across the app and the server:
 * "2026年12月5日", "12月5日（周六）", "下午2:00", "5 December 2026", "Sat 5 Dec", "2:00 pm". Times are on the
 * 12-hour clock with 上午/下午 (am/pm), never "14:00" in one place and "下午 2:00" in another.
 */
public final class Formats {
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_MONTH = DateTimeFormatter.ofPattern("yyyy年M月", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter EN_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Formats() {
    }

    public static String date(LocalDate d, Lang lang) {
        return d == null ? "" : (lang == Lang.EN ? EN_DATE : ZH_DATE).format(d);
    }

    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_DAY_SHORT = DateTimeFormatter.ofPattern("M月d日", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter EN_DAY_SHORT = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("h:mm");
    private static final String[] ZH_WEEKDAY = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    /** "11月20日（周五）" / "Friday 20 November": a day in a list of slots. */
    public static String day(LocalDate d, Lang lang) {
        return lang == Lang.EN ? EN_DAY.format(d) : dayShort(d, lang);
    }

    /** "12月3日（周四）" / "Thu 3 Dec": a day in a field or a short line. */
    public static String dayShort(LocalDate d, Lang lang) {
        if (d == null) {
            return "";
        }
        return lang == Lang.EN ? EN_DAY_SHORT.format(d)
                : ZH_DAY_SHORT.format(d) + "（" + ZH_WEEKDAY[d.getDayOfWeek().getValue() - 1] + "）";
    }

    /** "下午2:00" / "2:00 pm": a time of day, 12-hour clock. */
    public static String time(java.time.ZonedDateTime t, Lang lang) {
        boolean morning = t.getHour() < 12;
        if (lang == Lang.EN) {
            return HM.format(t) + (morning ? " am" : " pm");
        }
        return (morning ? "上午" : "下午") + HM.format(t);
    }

    /**
     * "上午9:00–9:45", "下午2:00–2:45", "上午11:30–下午12:15" / "9:00–9:45 am", "11:30 am–12:15 pm": a time span
     * within one day.
     */
    public static String timeRange(java.time.ZonedDateTime start, java.time.ZonedDateTime end, Lang lang) {
        boolean sameHalf = (start.getHour() < 12) == (end.getHour() < 12);
        if (lang == Lang.EN) {
            return sameHalf ? HM.format(start) + "–" + time(end, lang) : time(start, lang) + "–" + time(end, lang);
        }
        return sameHalf ? time(start, lang) + "–" + HM.format(end) : time(start, lang) + "–" + time(end, lang);
    }

    /** "11月20日（周五）上午9:00–9:45" / "Friday 20 November, 9:00–9:45 am". */
    public static String when(java.time.ZonedDateTime start, java.time.ZonedDateTime end, Lang lang) {
        return day(start.toLocalDate(), lang) + (lang == Lang.EN ? ", " : "") + timeRange(start, end, lang);
    }

    /**
     * "11月28日（周六）下午8:15" / "Sat 28 Nov, 8:15 pm": a moment, with the year when it is not {@code thisYear}
     * ("2025年11月28日 下午8:15" / "28 Nov 2025, 8:15 pm").
     */
    public static String dateTime(java.time.ZonedDateTime t, int thisYear, Lang lang) {
        if (t.getYear() != thisYear) {
            return lang == Lang.EN ? DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(t) + ", "
                    + time(t, lang) : ZH_DATE.format(t) + " " + time(t, lang);
        }
        return dayShort(t.toLocalDate(), lang) + (lang == Lang.EN ? ", " : "") + time(t, lang);
    }

    public static String month(YearMonth m, Lang lang) {
        return m == null ? "" : (lang == Lang.EN ? EN_MONTH : ZH_MONTH).format(m);
    }
}
