package cn.huzhong.care.app.data;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Signing in and out, and the current {@link Session}, kept on the device so the app opens signed in. */
public interface SessionRepository {
    Optional<Session> current();

    /** Signs in and loads whom the account may act for. Fails with an {@link ApiFailure}. */
    CompletableFuture<Session> signIn(String phone, String password);

    /** Ends the session on the server (when reachable) and forgets it and every cached piece of data here. */
    CompletableFuture<Void> signOut();

    /**
     * Shows another linked resident's data (the carer's "acting for" switcher). Completes once the new session is
     * in force (and listeners have heard of it).
     */
    CompletableFuture<Void> actFor(long residentId);

    /** The server said the session is no longer valid: forget it; listeners send the person to sign-in. */
    void expired();

    /** Called (on any thread) with the new session, or empty when signed out. */
    void addListener(Consumer<Optional<Session>> listener);
}
