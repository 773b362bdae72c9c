package cn.huzhong.care.app.shell;

import cn.huzhong.care.app.data.OutboxItem;

import java.util.List;

/**
 * The state of a list screen that shows, beside the server's list, what this device still holds of the same kind
 * (requests, bookings): every state carries those items ({@code outbox}: waiting to be sent, or refused by the
 * server), because they were made here and must show even when the server cannot. {@code D} is what the list shows,
 * every decision already made by the view model.
 */
public sealed interface OutboxListUiState<D> extends ReadState {
    List<OutboxItem> outbox();

    /** The same state with the device's items as they are now. */
    OutboxListUiState<D> withOutbox(List<OutboxItem> now);

    record Loading<D>(List<OutboxItem> outbox, String slowNote) implements OutboxListUiState<D>, ReadState.Waiting {
        @Override
        public Loading<D> withOutbox(List<OutboxItem> now) {
            return new Loading<>(now, slowNote);
        }
    }

    /** @param more the end of the list: whether it offers to load more */
    record Content<D>(D data, Freshness freshness, LoadMore more, List<OutboxItem> outbox)
            implements OutboxListUiState<D>, ReadState.Showing {
        @Override
        public Content<D> withOutbox(List<OutboxItem> now) {
            return new Content<>(data, freshness, more, now);
        }

        public Content<D> with(LoadMore m) {
            return new Content<>(data, freshness, m, outbox);
        }
    }

    record Failed<D>(String message, List<OutboxItem> outbox) implements OutboxListUiState<D>, ReadState.Failing {
        @Override
        public Failed<D> withOutbox(List<OutboxItem> now) {
            return new Failed<>(message, now);
        }
    }
}
