package cn.huzhong.care.app.shell;

/**
 * The end of a list read page by page, decided by its view model: the view shows a "load more" action when
 * {@link #offered()}, progress while {@link State#LOADING}, {@link #error()} above the action when the last try
 * failed, and nothing at the {@link State#END}.
 */
public record LoadMore(State state, String error) {
    public enum State {
        /** The whole list is shown. */
        END,
        /** The server has more: offer to load it. */
        AVAILABLE,
        /** The next page is on its way. */
        LOADING,
        /** The next page could not be had ({@code error} says why): offer to try again. */
        FAILED
    }

    public static final LoadMore END = new LoadMore(State.END, null);
    public static final LoadMore AVAILABLE = new LoadMore(State.AVAILABLE, null);
    public static final LoadMore LOADING = new LoadMore(State.LOADING, null);

    public static LoadMore of(boolean more) {
        return more ? AVAILABLE : END;
    }

    public static LoadMore failed(String error) {
        return new LoadMore(State.FAILED, error);
    }

    /** The view shows the "load more" action. */
    public boolean offered() {
        return state == State.AVAILABLE || state == State.FAILED;
    }
}
