package cn.huzhong.care.core.domain;

import cn.huzhong.care.core.i18n.Text;

/** The household's standing in the minimum-living-guarantee system. */
public enum HouseholdIncome {
    /** 低保户: receives the minimum living guarantee. */
    DIBAO(new Text("低保家庭", "minimum-living-guarantee (低保) household")),
    /** 低保边缘: just above the guarantee line. */
    NEAR_DIBAO(new Text("低保边缘家庭", "household just above the 低保 line")),
    /** Neither. */
    REGULAR(new Text("一般家庭", "household not on 低保"));

    private final Text text;

    HouseholdIncome(Text text) {
        this.text = text;
    }

    public Text text() {
        return text;
    }

    /** 困难家庭: on or just above the guarantee line. */
    public boolean isNeedy() {
        return this != REGULAR;
    }
}
