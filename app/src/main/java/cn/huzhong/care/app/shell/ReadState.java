package cn.huzhong.care.app.shell;

/**
 * The three faces every screen that reads server data has, whatever else its state holds, so one piece of view code
 * can render them the same way on every screen. A screen's sealed {@code UiState} cases implement them: its loading
 * case {@link Waiting}, its content case {@link Showing}, its failure case {@link Failing}. A view renders each
 * exactly as given; {@link ViewModel#read} decides which one applies and fills in the texts.
 */
public interface ReadState {
    /** Nothing on the device and no answer yet: progress, with {@link #slowNote()} under it once the wait is long. */
    interface Waiting extends ReadState {
        /** "The network is slow…", or null while the wait is short. */
        String slowNote();
    }

    /** Data to show, the device's copy or the server's, with what to say about how fresh it is. */
    interface Showing extends ReadState {
        Freshness freshness();
    }

    /** Nothing on the device, and the server could not give it: why, with a way to try again. */
    interface Failing extends ReadState {
        String message();
    }
}
