package cn.huzhong.care.app.data;

import cn.huzhong.care.app.platform.Storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Whether the server answered the last request, and when data last arrived from it. The offline banner shows
 * both. The time of the last sync is kept on the device, so it is known after a restart without a network.
 */
public final class SyncStatus {
    private static final String FILE = "last-sync.txt";

    public record State(boolean online, Instant lastSync) {
    }

    private final Storage storage;
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private volatile State state;

    public SyncStatus(Storage storage) {
        this.storage = storage;
        Instant last = null;
        try {
            Optional<String> saved = storage.read(FILE);
            if (saved.isPresent()) {
                last = Instant.parse(saved.get().strip());
            }
        } catch (RuntimeException e) {
            last = null;
        }
        this.state = new State(true, last);
    }

    public State state() {
        return state;
    }

    /** Data arrived from the server (called on a background thread). */
    public void succeeded(Instant at) {
        storage.write(FILE, at.toString());
        set(new State(true, at));
    }

    /** The server could not be reached. */
    public void unreachable() {
        set(new State(false, state.lastSync()));
    }

    /** Forget the last sync time (sign-out). */
    public void reset() {
        storage.delete(FILE);
        set(new State(true, null));
    }

    private void set(State s) {
        boolean changed = !s.equals(state);
        state = s;
        if (changed) {
            listeners.forEach(l -> l.accept(s));
        }
    }

    public void addListener(Consumer<State> listener) {
        listeners.add(listener);
    }
}
