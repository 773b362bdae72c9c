package cn.huzhong.care.core.domain;

import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.i18n.Text;

/** Certificate level 1 (most severe) to 4. Levels 1–2 are "severe" (重度). */
public enum DisabilityLevel {
    LEVEL_1(1, new Text("一级", "level 1")),
    LEVEL_2(2, new Text("二级", "level 2")),
    LEVEL_3(3, new Text("三级", "level 3")),
    LEVEL_4(4, new Text("四级", "level 4"));

    private final int code;
    private final Text name;

    DisabilityLevel(int code, Text name) {
        this.code = code;
        this.name = name;
    }

    public int code() {
        return code;
    }

    public Text text() {
        return name;
    }

    /** "一级（重度）" / "level 1 (severe)". */
    public String displayName(Lang lang) {
        String base = name.in(lang);
        if (isSevere()) {
            return lang == Lang.EN ? base + " (severe)" : base + "（重度）";
        }
        return base;
    }

    public boolean isSevere() {
        return code <= 2;
    }

    /** The level with this code, or {@code null} when the code is not 1–4. */
    public static DisabilityLevel ofCode(int code) {
        for (DisabilityLevel l : values()) {
            if (l.code == code) {
                return l;
            }
        }
        return null;
    }
}
