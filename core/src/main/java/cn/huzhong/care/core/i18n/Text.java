package cn.huzhong.care.core.i18n;

import java.util.Objects;

/** A piece of text in both product languages. */
public record Text(String zh, String en) {
    public Text {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public String in(Lang lang) {
        return lang == Lang.EN ? en : zh;
    }

    public Text replace(String placeholder, Text value) {
        return new Text(zh.replace(placeholder, value.zh), en.replace(placeholder, value.en));
    }

    public Text replace(String placeholder, Object value) {
        String v = String.valueOf(value);
        return new Text(zh.replace(placeholder, v), en.replace(placeholder, v));
    }
}
