package cn.huzhong.care.core.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages that both the server and the app show: validation errors and problem titles. They live in
 * {@code core} so that a field error reads the same whether the app or the server found it.
 */
public final class CoreMessages {
    private static final String BUNDLE = "cn.huzhong.care.core.i18n.core";

    private CoreMessages() {
    }

    public static String get(Lang lang, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, lang.locale(), NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("missing message key " + key + " for " + lang, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, lang.locale()).format(args);
    }

    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Lang.ZH.locale(), NO_FALLBACK).containsKey(key);
    }

    /** Never fall back to the JVM's default locale: the language is always the one asked for. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
