package cn.huzhong.care.core.i18n;

import java.util.Locale;

/** The two languages of the product. Simplified Chinese is the default; English is complete. */
public enum Lang {
    ZH(Locale.SIMPLIFIED_CHINESE, "zh-CN"),
    EN(Locale.ENGLISH, "en");

    private final Locale locale;
    private final String tag;

    Lang(Locale locale, String tag) {
        this.locale = locale;
        this.tag = tag;
    }

    public Locale locale() {
        return locale;
    }

    /** BCP 47 tag, as sent in {@code Accept-Language} and {@code Content-Language}. */
    public String tag() {
        return tag;
    }

    /**
     * Picks the language from an {@code Accept-Language} header: the highest-weighted of zh / en,
     * Chinese when the header is missing, malformed or names neither.
     */
    public static Lang fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ZH;
        }
        Lang best = null;
        double bestQ = -1;
        for (String part : header.split(",")) {
            String[] pieces = part.trim().split(";");
            String range = pieces[0].trim().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            Lang lang = range.startsWith("zh") ? ZH : range.startsWith("en") ? EN : null;
            if (lang != null && q > bestQ && q > 0) {
                best = lang;
                bestQ = q;
            }
        }
        return best == null ? ZH : best;
    }

    public static Lang of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : ZH;
    }
}
