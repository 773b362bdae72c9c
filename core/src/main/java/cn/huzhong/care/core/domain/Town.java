package cn.huzhong.care.core.domain;

import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.i18n.Text;

/** The four towns of Huzhong District (呼中区, code 232764). */
public enum Town {
    HUZHONG(new Text("呼中镇", "Huzhong Town")),
    BISHUI(new Text("碧水镇", "Bishui Town")),
    HUYUAN(new Text("呼源镇", "Huyuan Town")),
    HONGWEI(new Text("宏伟镇", "Hongwei Town"));

    /** Administrative code of Huzhong District, the first six characters of a local ID number. */
    public static final String DISTRICT_CODE = "232764";

    private final Text name;

    Town(Text name) {
        this.name = name;
    }

    public Text text() {
        return name;
    }

    public String displayName(Lang lang) {
        return name.in(lang);
    }
}
