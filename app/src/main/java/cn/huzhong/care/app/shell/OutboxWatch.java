package cn.huzhong.care.app.shell;

import cn.huzhong.care.app.data.Outbox;
import cn.huzhong.care.app.data.OutboxItem;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * For a list screen that shows, beside the server's list, this device's outbox items of one kind (waiting to be
 * sent, or refused by the server): tells its view model of every change in the outbox, on the UI executor, with the
 * items as they are now and whether the server has <em>answered</em> one the screen showed waiting (taken it, or
 * refused it), which is when the list is worth fetching again. Dismissing a refused item is no answer: it changes
 * nothing on the server, so the list need not be fetched again (nor the screen go back to "loading").
 */
public final class OutboxWatch {
    /** What the view model does with a change. */
    @FunctionalInterface
    public interface Listener {
        void changed(List<OutboxItem> now, boolean answered);
    }

    private final Outbox outbox;
    private final OutboxItem.Kind kind;
    private final Runnable listener;

    /**
     * Starts listening; {@link #close()} stops.
     *
     * @param shown   the items the screen shows now (asked on the UI executor)
     * @param changed told on the UI executor
     */
    public OutboxWatch(Outbox outbox, OutboxItem.Kind kind, Executor ui, Supplier<List<OutboxItem>> shown,
                       Listener changed) {
        this.outbox = outbox;
        this.kind = kind;
        this.listener = () -> ui.execute(() -> {
            List<OutboxItem> before = shown.get();
            List<OutboxItem> now = items();
            changed.changed(now, answered(before, now));
        });
        outbox.addListener(listener);
    }

    /** The items of this kind on the device now. */
    public List<OutboxItem> items() {
        return outbox.items(kind);
    }

    public void close() {
        outbox.removeListener(listener);
    }

    /** True when an item waiting in {@code before} waits no longer in {@code now}: the server took it or refused it. */
    static boolean answered(List<OutboxItem> before, List<OutboxItem> now) {
        Set<String> stillWaiting = now.stream().filter(OutboxItem::waiting).map(OutboxItem::key)
                .collect(Collectors.toSet());
        return before.stream().filter(OutboxItem::waiting).map(OutboxItem::key).anyMatch(k -> !stillWaiting.contains(k));
    }
}
