package cn.huzhong.care.app.data;

import cn.huzhong.care.app.platform.Storage;
import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.core.api.SessionResponse;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.validation.Validators;
import com.google.gson.JsonParseException;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The session over the API, kept in the device's private storage (the phone's app sandbox). */
public final class StoredSessionRepository implements SessionRepository {
    private static final Logger LOG = Logger.getLogger(StoredSessionRepository.class.getName());
    private static final String FILE = "session.json";

    private final Api api;
    private final Storage storage;
    private final DataSource data;
    private final Supplier<Lang> lang;
    private final List<Consumer<Optional<Session>>> listeners = new CopyOnWriteArrayList<>();
    private volatile Session session;

    /** Reads a saved session: blocking, so construct it off the FX thread. */
    public StoredSessionRepository(Api api, Storage storage, DataSource data, Supplier<Lang> lang) {
        this.api = api;
        this.storage = storage;
        this.data = data;
        this.lang = lang;
        this.session = restore();
        data.bind(this);
    }

    private Session restore() {
        try {
            return storage.read(FILE).map(s -> Json.gson().fromJson(s, Session.class))
                    .filter(s -> s.token() != null && s.account() != null).orElse(null);
        } catch (JsonParseException | IllegalStateException e) {
            LOG.log(Level.WARNING, "ignoring a damaged saved session", e);
            return null;
        }
    }

    @Override
    public Optional<Session> current() {
        return Optional.ofNullable(session);
    }

    @Override
    public CompletableFuture<Session> signIn(String phone, String password) {
        return data.run(() -> {
            Lang l = lang.get();
            SessionResponse created = api.signIn(Validators.normalizePhone(phone), password, l);
            MeResponse me = api.me(created.token(), l);
            return Session.start(created.token(), me.account(), me.actingFor());
        }).thenApply(s -> {
            set(s);
            return s;
        });
    }

    @Override
    public CompletableFuture<Void> signOut() {
        Session old = session;
        return CompletableFuture.runAsync(() -> {
            if (old != null) {
                try {
                    data.call(() -> {
                        api.signOut(old.token(), lang.get());
                        return null;
                    });
                } catch (ApiFailure e) {
                    LOG.log(Level.INFO, "sign-out reached no server; forgetting the session here", e);
                }
            }
            forget();
        }, data.io());
    }

    private void forget() {
        data.cache().clear();
        data.sync().reset();
        set(null);
    }

    @Override
    public CompletableFuture<Void> actFor(long residentId) {
        Session s = session;
        if (s == null) {
            throw new IllegalStateException("not signed in");
        }
        return CompletableFuture.runAsync(() -> set(s.withSubject(residentId)), data.io());
    }

    @Override
    public void expired() {
        if (session != null) {
            data.cache().clear();
            set(null);
        }
    }

    private synchronized void set(Session s) {
        session = s;
        if (s == null) {
            storage.delete(FILE);
        } else {
            storage.write(FILE, Json.gson().toJson(s));
        }
        listeners.forEach(l -> l.accept(Optional.ofNullable(s)));
    }

    @Override
    public void addListener(Consumer<Optional<Session>> listener) {
        listeners.add(listener);
    }
}
