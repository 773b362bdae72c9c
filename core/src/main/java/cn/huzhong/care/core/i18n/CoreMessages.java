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
        ResourceBundle bundle = bundle(lang);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("missing message key " + key + " for " + lang, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        // parsing a pattern costs more than formatting with it: parse once, format with a copy (not thread-safe)
        MessageFormat parsed = FORMATS.get(lang.ordinal()).computeIfAbsent(key, k -> new MessageFormat(pattern, lang.locale()));
        return ((MessageFormat) parsed.clone()).format(args);
    }

    private static final ResourceBundle[] BUNDLES = new ResourceBundle[Lang.values().length];
    private static final java.util.List<java.util.concurrent.ConcurrentHashMap<String, MessageFormat>> FORMATS =
            java.util.stream.Stream.of(Lang.values()).map(l -> new java.util.concurrent.ConcurrentHashMap<String, MessageFormat>())
                    .toList();

    /** The bundle of a language, looked up once (ResourceBundle's own cache costs a lookup per message). */
    private static ResourceBundle bundle(Lang lang) {
        ResourceBundle b = BUNDLES[lang.ordinal()];
        if (b == null) {
            b = ResourceBundle.getBundle(BUNDLE, lang.locale(), NO_FALLBACK);
            BUNDLES[lang.ordinal()] = b;
        }
        return b;
    }

    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Lang.ZH.locale(), NO_FALLBACK).containsKey(key);
    }

    /** Never fall back to the JVM's default locale: the language is always the one asked for. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
