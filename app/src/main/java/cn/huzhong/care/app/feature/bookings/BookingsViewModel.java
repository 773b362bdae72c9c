package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.data.BookingRepository;
import cn.huzhong.care.app.data.Loaded;
import cn.huzhong.care.app.data.Outbox;
import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.data.Reading;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.OutboxListViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.domain.ServiceKind;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The person's bookings (F6): those still on this phone, upcoming ones and past or cancelled ones (page by page);
 * the way to book rehabilitation or a device fitting. When a booking from the device reaches the server, the list is
 * read again.
 */
public final class BookingsViewModel extends OutboxListViewModel<BookingRepository.Lists, BookingLists> {
    private final BookingRepository bookings;
    private final Navigator navigator;

    public BookingsViewModel(BookingRepository bookings, Outbox outbox, Navigator navigator, Messages messages,
                             Clock clock, Executor ui) {
        super(outbox, OutboxItem.Kind.BOOKING, messages, clock, ui);
        this.bookings = bookings;
        this.navigator = navigator;
    }

    @Override
    protected Reading<BookingRepository.Lists> reading() {
        return bookings.bookings();
    }

    @Override
    protected CompletableFuture<Loaded<BookingRepository.Lists>> nextPage() {
        return bookings.morePastBookings();
    }

    @Override
    protected boolean hasMore(BookingRepository.Lists lists) {
        return lists.past().more();
    }

    @Override
    protected BookingLists present(BookingRepository.Lists lists) {
        Instant now = clock().instant();
        return new BookingLists(rows(lists.upcoming(), now), rows(lists.past().items(), now));
    }

    private List<BookingLists.Row> rows(List<BookingDto> items, Instant now) {
        Messages m = messages();
        return items.stream().map(b -> {
            String status = BookingTexts.status(b, now, m);
            String spoken = m.get("bookings.row.spoken", b.serviceName(), b.whenText(), b.provider().name(), status,
                    String.valueOf(b.id()));
            return new BookingLists.Row(b, status, BookingTexts.tone(b, now), spoken);
        }).toList();
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
}
