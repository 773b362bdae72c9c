package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.data.BookingRepository;
import cn.huzhong.care.app.data.Outbox;
import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.OutboxWatch;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.domain.ServiceKind;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * The person's bookings (F6): those still on this phone, upcoming ones and past or cancelled ones; the way to book
 * rehabilitation or a device fitting. When a booking from the device reaches the server, the list reloads.
 */
public final class BookingsViewModel extends ViewModel<BookingsUiState> {
    private final BookingRepository bookings;
    private final Outbox outbox;
    private final Navigator navigator;
    private final Messages messages;
    private final OutboxWatch watch;

    public BookingsViewModel(BookingRepository bookings, Outbox outbox, Navigator navigator, Messages messages, Executor ui) {
        super(new BookingsUiState.Loading(List.of()), ui);
        this.bookings = bookings;
        this.outbox = outbox;
        this.navigator = navigator;
        this.messages = messages;
        this.watch = new OutboxWatch(outbox, OutboxItem.Kind.BOOKING, ui, () -> state().outbox(), this::outboxChanged);
    }

    private List<OutboxItem> mine() {
        return watch.items();
    }

    public void load() {
        publish(new BookingsUiState.Loading(mine()));
        when(bookings.bookings(),
                l -> publish(new BookingsUiState.Content(l.value(), l.savedAt(), l.fromCache(), mine())),
                e -> publish(new BookingsUiState.Failed(messages.failure(e), mine())));
    }

    /** A booking was added, tried, sent or refused: show it; when the server has answered one, fetch the list again. */
    private void outboxChanged(List<OutboxItem> now, boolean answered) {
        BookingsUiState s = state();
        if (answered && !(s instanceof BookingsUiState.Loading)) {
            load();
        } else if (s instanceof BookingsUiState.Content c) {
            publish(new BookingsUiState.Content(c.lists(), c.savedAt(), c.fromCache(), now));
        } else if (s instanceof BookingsUiState.Failed f) {
            publish(new BookingsUiState.Failed(f.message(), now));
        }
    }

    public void book(ServiceKind service) {
        navigator.go(new Destination.Providers(service));
    }

    public void open(long bookingId) {
        navigator.go(new Destination.BookingDetail(bookingId));
    }

    /** A booking the server refused: choose another time with the same kind of service. */
    public void chooseAgain(OutboxItem item) {
        navigator.go(new Destination.Providers(item.bookingInfo().service()));
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
        watch.close();
    }
}
