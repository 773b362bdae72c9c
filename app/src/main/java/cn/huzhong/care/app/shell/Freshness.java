package cn.huzhong.care.app.shell;

import java.time.Instant;

/**
 * How fresh the data a screen shows is, and what to say about it, decided by the view model ({@link ViewModel#read}):
 * the view shows {@link #note()} as a status line when it is not null, and a "reload" action beside it when
 * {@link #offerReload()}. Nothing else in it is for the view to interpret.
 *
 * @param state       where the data came from and how the refresh went
 * @param savedAt     when the server sent the data shown (null: built into the app)
 * @param note        what to tell the person: its age and that it is being updated, or that it could not be
 *                    updated and why; null when the data is fresh
 * @param offerReload the refresh failed: offer to try again
 */
public record Freshness(State state, Instant savedAt, String note, boolean offerReload) {
    public enum State {
        /** Just from the server: nothing to say. */
        FRESH,
        /** The device's copy, shown while the server is asked for a fresher one. */
        UPDATING,
        /** The device's copy: the server could not be reached (no network, a weak signal, the server down). */
        OFFLINE,
        /** The device's copy: the server answered with an error instead of the data. */
        NOT_UPDATED
    }

    public static Freshness fresh(Instant savedAt) {
        return new Freshness(State.FRESH, savedAt, null, false);
    }

    /** The data shown is the device's copy, not (yet) the server's answer. */
    public boolean fromCache() {
        return state != State.FRESH;
    }
}
