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
     * The part of a masked certificate number a list shows: its sequence and check digits ("0215" of
     * 232764********0215**), short enough for a line at 200 % text; the whole masked number is in the spoken row.
     */
    public static String tail(String masked) {
        if (masked == null || masked.length() != 20) {
            return masked;
        }
        return masked.substring(14, 18);
    }

    public static String name(String code, Messages m) {
        Town t = town(code);
        return t == null ? m.get("staff.town.all") : t.displayName(m.lang());
    }
}
