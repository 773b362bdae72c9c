package cn.huzhong.care.app.data;

import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What the repositories over the {@link Api} share: the signed-in session, and reads about the person it acts for,
 * through {@link DataSource#load} under a cache key that names that person (so one resident's copy never stands in
 * for another's).
 */
final class SignedIn {
    private final DataSource data;
    private final SessionRepository sessions;

    SignedIn(DataSource data, SessionRepository sessions) {
        this.data = data;
        this.sessions = sessions;
    }

    Session session() {
        return sessions.current().orElseThrow(() -> new IllegalStateException("not signed in"));
    }

    /** Reads {@code what} about the person the session acts for: fresh from the server, else their cached copy. */
    <T> CompletableFuture<Loaded<T>> load(String what, Type type, Function<Session, T> fetch) {
        Session s = session();
        return data.load(s.requireSubjectId() + "-" + what, type, () -> fetch.apply(s));
    }
}
