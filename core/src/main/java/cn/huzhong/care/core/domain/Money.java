package cn.huzhong.care.core.domain;

import cn.huzhong.care.core.i18n.Lang;

/** Money is always an integer number of 分 (fen, 1/100 元). */
public final class Money {
    private Money() {
    }

    /** "80.00 元" in Chinese, "¥80.00" in English. */
    public static String format(long fen, Lang lang) {
        String sign = fen < 0 ? "-" : "";
        long abs = Math.abs(fen);
        String amount = String.format(java.util.Locale.ROOT, "%,d.%02d", abs / 100, abs % 100);
        return lang == Lang.EN ? sign + "¥" + amount : sign + amount + " 元";
    }
}
