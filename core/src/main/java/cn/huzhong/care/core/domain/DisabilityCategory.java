package cn.huzhong.care.core.domain;

import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.i18n.Text;

/** Disability categories of the second-generation certificate, codes 1–7. */
public enum DisabilityCategory {
    VISION(1, new Text("视力残疾", "vision impairment")),
    HEARING(2, new Text("听力残疾", "hearing impairment")),
    SPEECH(3, new Text("言语残疾", "speech impairment")),
    PHYSICAL(4, new Text("肢体残疾", "physical disability")),
    INTELLECTUAL(5, new Text("智力残疾", "intellectual disability")),
    MENTAL(6, new Text("精神残疾", "mental (psychosocial) disability")),
    MULTIPLE(7, new Text("多重残疾", "multiple disabilities"));

    private final int code;
    private final Text name;

    DisabilityCategory(int code, Text name) {
        this.code = code;
        this.name = name;
    }

    public int code() {
        return code;
    }

    public Text text() {
        return name;
    }

    public String displayName(Lang lang) {
        return name.in(lang);
    }

    /** The category with this code, or {@code null} when the code is not 1–7. */
    public static DisabilityCategory ofCode(int code) {
        for (DisabilityCategory c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return null;
    }
}
