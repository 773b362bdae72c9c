package cn.huzhong.care.core.i18n;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and months written the way people read them aloud: "2026年12月5日", "5 December 2026". */
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

    private static final DateTimeFormatter ZH_DAY = DateTimeFormatter.ofPattern("M月d日（EEEE）", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("h:mm");

    /** "11月20日（星期五）" / "Friday 20 November": a day in a list of slots. */
    public static String day(LocalDate d, Lang lang) {
        return (lang == Lang.EN ? EN_DAY : ZH_DAY).format(d);
    }

    /** "上午 9:00–9:45", "下午 2:00–2:45" / "9:00–9:45 am": a time span within one day, 12-hour clock. */
    public static String timeRange(java.time.ZonedDateTime start, java.time.ZonedDateTime end, Lang lang) {
        boolean morning = start.getHour() < 12;
        String span = HM.format(start) + "–" + HM.format(end);
        if (lang == Lang.EN) {
            return span + (morning ? " am" : " pm");
        }
        return (morning ? "上午 " : "下午 ") + span;
    }

    /** "11月20日（星期五）上午 9:00–9:45" / "Friday 20 November, 9:00–9:45 am". */
    public static String when(java.time.ZonedDateTime start, java.time.ZonedDateTime end, Lang lang) {
        return day(start.toLocalDate(), lang) + (lang == Lang.EN ? ", " : "") + timeRange(start, end, lang);
    }

    public static String month(YearMonth m, Lang lang) {
        return m == null ? "" : (lang == Lang.EN ? EN_MONTH : ZH_MONTH).format(m);
    }
}
