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
        // by hand, not String.format: this runs for every amount of every list (a Formatter costs microseconds)
        StringBuilder amount = new StringBuilder(24);
        String yuan = Long.toString(abs / 100);
        for (int i = 0; i < yuan.length(); i++) {
            if (i > 0 && (yuan.length() - i) % 3 == 0) {
                amount.append(',');
            }
            amount.append(yuan.charAt(i));
        }
        long cents = abs % 100;
        amount.append('.').append(cents < 10 ? "0" : "").append(cents);
        return lang == Lang.EN ? sign + "¥" + amount : sign + amount + " 元";
    }
}
