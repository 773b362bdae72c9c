package cn.huzhong.care.app.platform;

/**
 * The native half of the phones' screen-reader bridge (top-level {@code android/} and {@code ios/} modules): JavaFX
 * draws a phone's whole screen into one surface, so TalkBack and VoiceOver see nothing there until this bridge
 * describes it to them, from the snapshots the app {@link #publish}es (see the app's {@code ui.a11y.bridge}). What the
 * screen reader asks (press, focus, type, scroll) comes back through {@link Listener#action}. None on the desktop,
 * where JavaFX's own bridges serve Windows and macOS screen readers.
 */
public interface ScreenReaderBridge {
    /** Told on a native thread: hand the work to the FX thread. */
    interface Listener {
        /**
         * The screen reader asks for {@code action} (a {@code SnapshotAction} bit) on the node with {@code nodeId};
         * {@code argument} is the text for "set text", else empty.
         */
        void action(int nodeId, int action, String argument);

        /** The screen reader was turned on or off. */
        void screenReaderChanged(boolean on);
    }

    /** Starts the bridge: installs it on the view JavaFX draws into. Once. */
    void start(Listener listener);

    /** A new snapshot of the screen in the wire format (the bridge replaces what it showed). Any thread. */
    void publish(String wire);

    /** Says {@code text} through the screen reader (a result that appeared without moving focus). Any thread. */
    void announce(String text);

    /** Whether a screen reader (TalkBack, VoiceOver) is on now. */
    boolean screenReaderOn();
}
