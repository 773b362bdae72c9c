package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.i18n.Lang;

import java.lang.reflect.Type;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the repositories over the {@link Api} share: the signed-in session, and offline-first reads about the person
 * it acts for, kept on the device under a key that names the account, that person and the language the server wrote
 * the texts in ({@code a5-p11-requests-zh}): one resident's copy never stands in for another's, nor a copy in one
 * language for the other, nor one account's for another's on a shared phone.
 */
final class SignedIn {
    private final DataSource data;
    private final SessionRepository sessions;
    private final Supplier<Lang> lang;

    SignedIn(DataSource data, SessionRepository sessions, Supplier<Lang> lang) {
        this.data = data;
        this.sessions = sessions;
        this.lang = lang;
    }

    Session session() {
        return sessions.current().orElseThrow(() -> new IllegalStateException("not signed in"));
    }

    Lang lang() {
        return lang.get();
    }

    /** The key of {@code what} about the person {@code s} acts for, in {@code l}. */
    static String key(Session s, String what, Lang l) {
        return "a" + s.account().id() + "-p" + s.requireSubjectId() + "-" + what + "-" + tag(l);
    }

    /** The key of {@code what} of the account itself (not about one person), in {@code l}. */
    static String accountKey(Session s, String what, Lang l) {
        return "a" + s.account().id() + "-" + what + "-" + tag(l);
    }

    /** The key of data that is the same for everyone (the hotline directory, providers, free times), in {@code l}. */
    static String sharedKey(String what, Lang l) {
        return what + "-" + tag(l);
    }

    static String tag(Lang l) {
        return l.name().toLowerCase(Locale.ROOT);
    }

    String key(String what) {
        return key(session(), what, lang());
    }

    /** Reads {@code what} about the person the session acts for: their copy on the device at once, then the server's. */
    <T> Reading<T> read(String what, Type type, Function<Session, T> fetch) {
        Session s = session();
        Lang l = lang();
        return data.read(key(s, what, l), type, () -> fetch.apply(s));
    }

    /** Reads a paged list about the person the session acts for, as far as it was read before. */
    <T> Reading<Paged<T>> readPaged(String what, Type pagedType, PageFetch<T> fetch) {
        Session s = session();
        return data.readPaged(key(s, what, lang()), pagedType, (page, size) -> fetch.page(s, page, size));
    }

    /** The next page of that list, merged into the device's copy. */
    <T> CompletableFuture<Loaded<Paged<T>>> more(String what, Type pagedType, Function<T, ?> id, PageFetch<T> fetch) {
        Session s = session();
        return data.more(key(s, what, lang()), pagedType, id, (page, size) -> fetch.page(s, page, size));
    }

    /** After a write: changes the person's copy of {@code what} in the current language, if there is one. */
    <T> void update(Session s, String what, Type type, Function<T, T> change) {
        data.update(key(s, what, lang()), type, change);
    }

    /** After a write: forgets the person's copy of {@code what} in every language (it is out of date). */
    void forget(Session s, String what) {
        for (Lang l : Lang.values()) {
            data.cache().remove(key(s, what, l));
        }
    }

    /** After a write: keeps its answer as the person's copy of {@code what}, forgetting the other language's. */
    void keep(Session s, String what, Object value) {
        forget(s, what);
        data.put(key(s, what, lang()), value);
    }

    @FunctionalInterface
    interface PageFetch<T> {
        Page<T> page(Session s, int page, int size);
    }
}
