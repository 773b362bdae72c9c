package cn.huzhong.care.core.domain;

import java.util.List;

/** People's names. */
public final class Names {
    /** Two-character surnames (复姓) that a given name follows. */
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "端木", "南宫", "独孤", "西门", "呼延", "澹台");

    private Names() {
    }

    /**
     * The given name only, as shown to a person about a volunteer who will come: "林志远" → "志远", "欧阳明" → "明",
     * "Anna Berg" → "Anna". A one-character name is given back as it is.
     */
    public static String firstName(String fullName) {
        if (fullName == null) {
            return null;
        }
        String n = fullName.strip();
        int space = n.indexOf(' ');
        if (space > 0) {
            return n.substring(0, space);
        }
        int count = n.codePointCount(0, n.length());
        if (count <= 1) {
            return n;
        }
        for (String s : COMPOUND_SURNAMES) {
            if (n.startsWith(s) && count > 2) {
                return n.substring(s.length());
            }
        }
        return n.substring(n.offsetByCodePoints(0, 1));
    }
}
