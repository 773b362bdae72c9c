package cn.huzhong.care.app.feature.messages;

import cn.huzhong.care.app.data.MessageRepository;
import cn.huzhong.care.app.data.Outbox;
import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.data.Paged;
import cn.huzhong.care.app.data.Session;
import cn.huzhong.care.app.data.SessionRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.LoadMore;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.core.api.InboxMessage;
import cn.huzhong.care.core.api.UnreadCount;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * The inbox (F8): status changes of applications, requests and bookings, booking reminders and the desk's replies,
 * newest first, page by page, unread ones marked in words. Opening one marks it read and leads to what it is about;
 * all can be marked read at once. Requests and bookings of this phone that the server refused are reported at the
 * top.
 */
public final class InboxViewModel extends ViewModel<InboxUiState> {
    private static final Object COUNTS = "unread";

    private final MessageRepository inbox;
    private final Outbox outbox;
    private final SessionRepository sessions;
    private final Navigator navigator;
    private final Messages messages;
    private final Runnable outboxChanged;
    /** The list shown and the person's unread count (null until known), to show again when either changes. */
    private Paged<InboxMessage> list;
    private Long unreadCount;

    public InboxViewModel(MessageRepository inbox, Outbox outbox, SessionRepository sessions, Navigator navigator,
                          Messages messages, Clock clock, Executor ui) {
        super(new InboxUiState.Loading(List.of(), null), ui, messages, clock);
        this.inbox = inbox;
        this.outbox = outbox;
        this.sessions = sessions;
        this.navigator = navigator;
        this.messages = messages;
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
        read(inbox.messages(),
                slow -> publish(new InboxUiState.Loading(refused(), slow)),
                (paged, freshness) -> {
                    list = paged;
                    boolean marking = state() instanceof InboxUiState.Content c && c.markingAll();
                    publish(content(freshness, LoadMore.of(paged.more()), marking, notice, null));
                },
                e -> publish(new InboxUiState.Failed(messages.failure(e), refused())));
        read(COUNTS, inbox.unread(), slow -> { }, (counts, freshness) -> {
            unreadCount = mine(counts);
            if (state() instanceof InboxUiState.Content c) {
                publish(content(c.freshness(), c.more(), c.markingAll(), c.notice(), c.error()));
            }
        }, e -> { });
    }

    /** Unread messages about the person shown, from the counts (the list may not hold them all). */
    private Long mine(UnreadCount counts) {
        Long subject = sessions.current().map(Session::subjectId).orElse(null);
        if (subject == null) {
            return null;
        }
        return counts.byResident().stream().filter(c -> c.residentId() == subject)
                .mapToLong(UnreadCount.ResidentCount::count).sum();
    }

    private InboxUiState.Content content(Freshness freshness, LoadMore more, boolean markingAll, String notice,
                                         String error) {
        long loadedUnread = list.items().stream().filter(m -> !m.read()).count();
        // the counts may be older than the list: never say fewer than the list itself shows
        long unread = unreadCount == null ? loadedUnread : Math.max(unreadCount, loadedUnread);
        String text = unread == 0 ? messages.get("inbox.unread.none") : messages.get("inbox.unread.count", unread);
        return new InboxUiState.Content(list.items().stream().map(this::row).toList(), freshness, more, refused(), unread,
                text, unread == 0 ? Styles.Tone.OK : Styles.Tone.INFO, unread > 0, markingAll, notice, error);
    }

    private InboxUiState.Row row(InboxMessage m) {
        String when = messages.dateTime(m.at().toInstant());
        // what it opens, with the item's number: two messages alike in every word still name different things
        String opens = destination(m) == null ? ""
                : messages.get("inbox.opens." + m.kind().name().toLowerCase(Locale.ROOT), String.valueOf(m.linkId()));
        String spoken = messages.get(m.read() ? "inbox.row.spoken.read" : "inbox.row.spoken.unread", m.title(), m.body(),
                when, opens);
        return new InboxUiState.Row(m, when, spoken);
    }

    private void refusedChanged() {
        InboxUiState s = state();
        if (s instanceof InboxUiState.Content c) {
            publish(c.withRefused(refused()));
        } else if (s instanceof InboxUiState.Failed f) {
            publish(new InboxUiState.Failed(f.message(), refused()));
        } else if (s instanceof InboxUiState.Loading l) {
            publish(new InboxUiState.Loading(refused(), l.slowNote()));
        }
    }

    /** The next page of messages, at the end of the list. */
    public void loadMore() {
        if (!(state() instanceof InboxUiState.Content c) || !c.more().offered()) {
            return;
        }
        publish(c.with(LoadMore.LOADING));
        when(inbox.moreMessages(), l -> {
            if (state() instanceof InboxUiState.Content now) {
                list = l.value();
                publish(content(now.freshness(), LoadMore.of(l.value().more()), now.markingAll(), now.notice(),
                        now.error()));
            }
        }, e -> {
            if (state() instanceof InboxUiState.Content now) {
                publish(now.with(LoadMore.failed(messages.get("common.more.failed", messages.failure(e)))));
            }
        });
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
        publish(c.marking(true, null, null));
        when(inbox.markAllRead(), count -> {
            unreadCount = mine(count);
            load(messages.get("inbox.allRead.done"));
        }, e -> {
            if (state() instanceof InboxUiState.Content now) {
                publish(now.marking(false, null, messages.get("inbox.allRead.failed", messages.failure(e))));
            }
        });
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
