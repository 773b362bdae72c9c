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

    public static String month(YearMonth m, Lang lang) {
        return m == null ? "" : (lang == Lang.EN ? EN_MONTH : ZH_MONTH).format(m);
    }
}
