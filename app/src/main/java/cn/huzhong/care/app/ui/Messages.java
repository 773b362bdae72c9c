package cn.huzhong.care.app.ui;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.DataSource;
import cn.huzhong.care.core.i18n.CoreMessages;
import cn.huzhong.care.core.i18n.Formats;
import cn.huzhong.care.core.i18n.Lang;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The app's texts in one language ({@code messages_zh_CN.properties}, {@code messages_en.properties}; keys read
 * {@code feature.element.purpose}). Texts that the server also says (validation, step titles) come from core's
 * {@link CoreMessages}. No JavaFX here: view models use it too.
 */
public final class Messages {
    private static final String BUNDLE = "cn.huzhong.care.app.ui.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Lang lang;
    private final ResourceBundle bundle;
    private final ZoneId zone;

    private Messages(Lang lang, ZoneId zone) {
        this.lang = lang;
        this.zone = zone;
        this.bundle = ResourceBundle.getBundle(BUNDLE, lang.locale(), NO_FALLBACK);
    }

    public static Messages of(Lang lang) {
        return new Messages(lang, cn.huzhong.care.core.time.Dates.ZONE);
    }

    public Lang lang() {
        return lang;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("missing message " + key + " in " + lang, e);
        }
        // always through MessageFormat, so that a quote written '' (the bundles' rule) reads as one quote
        return new MessageFormat(pattern, lang.locale()).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A shared text from core (validation messages, step titles). */
    public String core(String key, Object... args) {
        return CoreMessages.get(lang, key, args);
    }

    public String date(LocalDate d) {
        return Formats.date(d, lang);
    }

    /** "11月28日（周六）下午8:15" / "Sat 28 Nov, 8:15 pm" (the year too when it is another year): see {@link Formats}. */
    public String dateTime(Instant at) {
        return dateTime(at, java.time.Year.now(zone).getValue());
    }

    /** As {@link #dateTime(Instant)}, with the year it is now given. */
    public String dateTime(Instant at, int thisYear) {
        return Formats.dateTime(at.atZone(zone), thisYear, lang);
    }

    /** "12月3日（周四）" / "Thu 3 Dec". */
    public String dayShort(LocalDate d) {
        return Formats.dayShort(d, lang);
    }

    /** "下午2:00" / "2:00 pm". */
    public String time(Instant at) {
        return Formats.time(at.atZone(zone), lang);
    }

    /** How old something is, in words: "刚刚", "5 分钟前", "3 小时前", "2 天前". */
    public String age(Instant savedAt, Instant now) {
        Duration d = Duration.between(savedAt, now);
        if (d.isNegative() || d.toMinutes() < 1) {
            return get("common.age.justNow");
        }
        if (d.toHours() < 1) {
            return get("common.age.minutes", d.toMinutes());
        }
        if (d.toDays() < 1) {
            return get("common.age.hours", d.toHours());
        }
        return get("common.age.days", d.toDays());
    }

    /**
     * Why the server said no, in its own words and without its heading: the detail of its answer ("这个时段已经约满了，
     * 请选择别的时段。"); other failures as {@link #failure}.
     */
    public String reason(Throwable t) {
        Throwable c = DataSource.cause(t);
        if (c instanceof ApiFailure.Refused r && !(c instanceof ApiFailure.ServerError)) {
            String detail = r.problem().map(cn.huzhong.care.core.api.ApiProblem::detail).orElse(null);
            if (detail != null && !detail.isBlank()) {
                return detail.strip();
            }
        }
        return failure(t);
    }

    /** What to tell the person about a failed request: the server's own words when it sent any. */
    public String failure(Throwable t) {
        Throwable c = DataSource.cause(t);
        if (c instanceof ApiFailure.Unreachable) {
            return get("common.error.offline");
        }
        if (c instanceof ApiFailure.Refused r) {
            String m = r.userMessage();
            return m == null || m.isBlank() ? get("common.error.server") : m;
        }
        return get("common.error.unexpected");
    }
}
