package cn.huzhong.care.core.validation;

import cn.huzhong.care.core.i18n.CoreMessages;
import cn.huzhong.care.core.i18n.Lang;

import java.util.Arrays;

/**
 * One field that breaks a rule. {@code code} is stable (API clients may switch on it); the message comes from
 * the core bundle key {@code validation.<code>} so the app and the server say the same thing.
 */
public record Violation(String field, String code, Object... args) {
    public String message(Lang lang) {
        return CoreMessages.get(lang, "validation." + code, args);
    }

    @Override
    public String toString() {
        return field + ":" + code + Arrays.toString(args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Violation v && v.field.equals(field) && v.code.equals(code) && Arrays.equals(v.args, args);
    }

    @Override
    public int hashCode() {
        return field.hashCode() * 31 + code.hashCode();
    }
}
