package cn.huzhong.care.app.shell;

import cn.huzhong.care.app.data.Loaded;
import cn.huzhong.care.app.data.Outbox;
import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.data.Reading;
import cn.huzhong.care.app.ui.Messages;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The one view model of a list screen backed by the outbox (the person's requests, their bookings): the server's
 * list, offline first and page by page, with this device's items of the same kind above it. When an item is added,
 * tried, sent or refused, the screen shows it at once; when the server has <em>answered</em> one the screen showed
 * waiting, the list is read again (the device's copy at once, the server's in its place). A feature says only where
 * its list comes from and what each row shows.
 *
 * @param <T> the list as the repository reads it
 * @param <D> the list as the screen shows it (texts and tones decided)
 */
public abstract class OutboxListViewModel<T, D> extends ViewModel<OutboxListUiState<D>> {
    private final Outbox outbox;
    private final Messages messages;
    private final OutboxWatch watch;

    protected OutboxListViewModel(Outbox outbox, OutboxItem.Kind kind, Messages messages, Clock clock, Executor ui) {
        super(new OutboxListUiState.Loading<>(List.of(), null), ui, messages, clock);
        this.outbox = outbox;
        this.messages = messages;
        this.watch = new OutboxWatch(outbox, kind, ui, () -> state().outbox(), this::outboxChanged);
    }

    /** The list, offline first. */
    protected abstract Reading<T> reading();

    /** The next page, merged into the device's copy: the whole list as it is now. */
    protected abstract CompletableFuture<Loaded<T>> nextPage();

    /** The server has more than {@code list} holds. */
    protected abstract boolean hasMore(T list);

    /** What the screen shows of {@code list}. Runs on the UI executor: no I/O. */
    protected abstract D present(T list);

    protected final Messages messages() {
        return messages;
    }

    private List<OutboxItem> mine() {
        return watch.items();
    }

    /** Reads the list (again): the device's copy at once, then the server's. */
    public final void load() {
        read(reading(),
                slow -> publish(new OutboxListUiState.Loading<>(mine(), slow)),
                (list, freshness) -> publish(new OutboxListUiState.Content<>(present(list), freshness,
                        LoadMore.of(hasMore(list)), mine())),
                e -> publish(new OutboxListUiState.Failed<>(messages.failure(e), mine())));
    }

    /** The next page, at the end of the list. */
    public final void loadMore() {
        if (!(state() instanceof OutboxListUiState.Content<D> c) || !c.more().offered()) {
            return;
        }
        publish(c.with(LoadMore.LOADING));
        when(nextPage(), l -> {
            if (state() instanceof OutboxListUiState.Content<D> now) {
                publish(new OutboxListUiState.Content<>(present(l.value()), now.freshness(),
                        LoadMore.of(hasMore(l.value())), now.outbox()));
            }
        }, e -> {
            if (state() instanceof OutboxListUiState.Content<D> now) {
                publish(now.with(LoadMore.failed(messages.get("common.more.failed", messages.failure(e)))));
            }
        });
    }

    /** An item was added, tried, sent or refused: show it; when the server has answered one, read the list again. */
    private void outboxChanged(List<OutboxItem> now, boolean answered) {
        OutboxListUiState<D> s = state();
        if (answered && !(s instanceof OutboxListUiState.Loading)) {
            load();
        } else {
            publish(s.withOutbox(now));
        }
    }

    public final void sendNow() {
        outbox.sendNow();
    }

    public final void dismiss(OutboxItem item) {
        outbox.dismiss(item.key());
    }

    @Override
    public void dispose() {
        super.dispose();
        watch.close();
    }
}
