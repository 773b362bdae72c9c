package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.domain.Town;

import java.util.ArrayList;
import java.util.List;

/**
 * The town filter of district staff: "every town" or one of the four. Town staff have none (the server keeps them to
 * their own town). Options are codes, "" for every town, so a choice never holds null.
 */
public final class StaffTowns {
    public static final String ALL = "";

    private StaffTowns() {
    }

    public static List<String> options() {
        List<String> out = new ArrayList<>();
        out.add(ALL);
        for (Town t : Town.values()) {
            out.add(t.name());
        }
        return List.copyOf(out);
    }

    public static String code(Town t) {
        return t == null ? ALL : t.name();
    }

    public static Town town(String code) {
        return code == null || code.isEmpty() ? null : Town.valueOf(code);
    }

    /**
     * A certificate number as shown in a list: masked, whole (the kit's line breaker knows a masked id number and never
     * breaks it), meant for a line of its own so that it fits at 200 % text.
     */
    public static String groups(String number) {
        return number;
    }

    public static String name(String code, Messages m) {
        Town t = town(code);
        return t == null ? m.get("staff.town.all") : t.displayName(m.lang());
    }
}
