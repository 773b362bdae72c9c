package cn.huzhong.care.app.feature.messages;

import cn.huzhong.care.app.data.MessageRepository;
import cn.huzhong.care.app.data.Outbox;
import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.InboxMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The inbox (F8): status changes of applications, requests and bookings, booking reminders and the desk's replies,
 * newest first, unread ones marked in words. Opening one marks it read and leads to what it is about; all can be
 * marked read at once. Requests and bookings of this phone that the server refused are reported at the top.
 */
public final class InboxViewModel extends ViewModel<InboxUiState> {
    private final MessageRepository inbox;
    private final Outbox outbox;
    private final Navigator navigator;
    private final Messages messages;
    private final Executor ui;
    private final Runnable outboxChanged;

    public InboxViewModel(MessageRepository inbox, Outbox outbox, Navigator navigator, Messages messages, Executor ui) {
        super(new InboxUiState.Loading(List.of()), ui);
        this.inbox = inbox;
        this.outbox = outbox;
        this.navigator = navigator;
        this.messages = messages;
        this.ui = ui;
        this.outboxChanged = () -> ui.execute(this::refusedChanged);
        outbox.addListener(outboxChanged);
    }

    private List<OutboxItem> refused() {
        List<OutboxItem> out = new ArrayList<>();
        for (OutboxItem.Kind k : OutboxItem.Kind.values()) {
            outbox.items(k).stream().filter(i -> !i.waiting()).forEach(out::add);
        }
        return out;
    }

    public void load() {
        load(null);
    }

    private void load(String notice) {
        publish(new InboxUiState.Loading(refused()));
        when(inbox.messages(),
                l -> publish(new InboxUiState.Content(l.value(), l.savedAt(), l.fromCache(), refused(), false, notice, null)),
                e -> publish(new InboxUiState.Failed(messages.failure(e), refused())));
    }

    private void refusedChanged() {
        InboxUiState s = state();
        if (s instanceof InboxUiState.Content c) {
            publish(new InboxUiState.Content(c.messages(), c.savedAt(), c.fromCache(), refused(), c.markingAll(),
                    c.notice(), c.error()));
        } else if (s instanceof InboxUiState.Failed f) {
            publish(new InboxUiState.Failed(f.message(), refused()));
        }
    }

    /**
     * Marks it read, then opens what it is about; if it cannot be marked read (offline), it opens all the same, and
     * stays unread until it can be.
     */
    public void open(InboxMessage m) {
        Destination d = destination(m);
        Runnable then = () -> {
            if (d != null) {
                navigator.go(d);
            } else {
                load();
            }
        };
        if (m.read()) {
            then.run();
        } else {
            when(inbox.markRead(m.id()), read -> then.run(), e -> then.run());
        }
    }

    /** Where a message leads, by what it is about; null when it names nothing to open. */
    static Destination destination(InboxMessage m) {
        if (m.linkId() == null) {
            return null;
        }
        long id = m.linkId();
        return switch (m.kind()) {
            case SUBSIDY_STATUS -> new Destination.SubsidyDetail(id);
            case REQUEST_STATUS -> new Destination.RequestDetail(id);
            case BOOKING_STATUS, BOOKING_REMINDER -> new Destination.BookingDetail(id);
            case HOTLINE_REPLY -> new Destination.HotlineThread(id);
            case TASK_STATUS, COMPLAINT, PERSONAL_DATA -> null; // screens for these come with issue 8's app half
        };
    }

    public void markAllRead() {
        if (!(state() instanceof InboxUiState.Content c) || c.markingAll()) {
            return;
        }
        publish(new InboxUiState.Content(c.messages(), c.savedAt(), c.fromCache(), c.refused(), true, null, null));
        when(inbox.markAllRead(), count -> load(messages.get("inbox.allRead.done")),
                e -> publish(new InboxUiState.Content(c.messages(), c.savedAt(), c.fromCache(), refused(), false, null,
                        messages.get("inbox.allRead.failed", messages.failure(e)))));
    }

    public void chooseAgain(OutboxItem item) {
        navigator.go(item.kind() == OutboxItem.Kind.BOOKING ? new Destination.Providers(item.bookingInfo().service())
                : new Destination.RequestForm(item.request().type()));
    }

    public void sendNow() {
        outbox.sendNow();
    }

    public void dismiss(OutboxItem item) {
        outbox.dismiss(item.key());
    }

    @Override
    public void dispose() {
        super.dispose();
        outbox.removeListener(outboxChanged);
    }
}
