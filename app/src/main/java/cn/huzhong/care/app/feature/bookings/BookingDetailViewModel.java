package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.data.BookingRepository;
import cn.huzhong.care.app.shell.Calls;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.domain.BookingStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * One booking (F6): what, where, when, for a fitting the device and the wheelchair loan; until when it can be
 * cancelled or moved here (after that: call the provider); cancelling, confirmed in place; moving it to another time.
 */
public final class BookingDetailViewModel extends ViewModel<BookingDetailUiState> {
    private final BookingRepository bookings;
    private final Navigator navigator;
    private final Calls calls;
    private final Messages messages;
    private final long bookingId;
    private final Destination.BookingNotice notice;
    /** One key per cancelling, kept across retries after a lost answer. */
    private String cancelKey;

    public BookingDetailViewModel(long bookingId, Destination.BookingNotice notice, BookingRepository bookings,
                                  Navigator navigator, Calls calls, Messages messages, Clock clock, Executor ui) {
        super(new BookingDetailUiState.Loading(null), ui, messages, clock);
        this.bookingId = bookingId;
        this.notice = notice;
        this.bookings = bookings;
        this.navigator = navigator;
        this.calls = calls;
        this.messages = messages;
    }

    public void load() {
        String text = notice == null ? null
                : messages.get(notice == Destination.BookingNotice.BOOKED ? "booking.notice.booked" : "booking.notice.moved");
        read(bookings.booking(bookingId),
                slow -> publish(new BookingDetailUiState.Loading(slow)),
                (b, freshness) -> {
                    // a fresher copy replaces the booking, not what the person is doing with it
                    if (state() instanceof BookingDetailUiState.Content c) {
                        publish(content(b, freshness, c.notice(), c.cancel(), c.error()));
                    } else {
                        publish(content(b, freshness, text, BookingDetailUiState.Step.IDLE, null));
                    }
                },
                e -> publish(new BookingDetailUiState.Failed(messages.failure(e))));
    }

    private BookingDetailUiState.Content content(BookingDto b, Freshness freshness, String notice,
                                                 BookingDetailUiState.Step cancel, String error) {
        Instant now = clock().instant();
        boolean changeable = b.status() == BookingStatus.BOOKED && !BookingTexts.over(b, now);
        return new BookingDetailUiState.Content(b, freshness, BookingTexts.status(b, now, messages),
                BookingTexts.tone(b, now), changeable, notice, cancel, error);
    }

    public void askToCancel() {
        if (state() instanceof BookingDetailUiState.Content c && c.booking().canCancel()
                && c.cancel() == BookingDetailUiState.Step.IDLE) {
            publish(c.with(BookingDetailUiState.Step.CONFIRMING, null));
        }
    }

    public void keep() {
        if (state() instanceof BookingDetailUiState.Content c && c.cancel() == BookingDetailUiState.Step.CONFIRMING) {
            publish(c.with(BookingDetailUiState.Step.IDLE, null));
        }
    }

    public void confirmCancel() {
        if (!(state() instanceof BookingDetailUiState.Content c) || c.cancel() != BookingDetailUiState.Step.CONFIRMING) {
            return;
        }
        if (cancelKey == null) {
            cancelKey = UUID.randomUUID().toString();
        }
        publish(c.with(BookingDetailUiState.Step.SENDING, null));
        when(bookings.cancel(bookingId, cancelKey), b -> {
            cancelKey = null;
            publish(content(b, Freshness.fresh(clock().instant()), messages.get("booking.notice.cancelled"),
                    BookingDetailUiState.Step.IDLE, null));
        }, e -> publish(c.with(BookingDetailUiState.Step.CONFIRMING,
                messages.get("booking.cancel.failed", messages.reason(e)))));
    }

    /** Move it: the provider's other times, this booking standing until the move is confirmed. */
    public void reschedule() {
        if (state() instanceof BookingDetailUiState.Content c && c.booking().canCancel()) {
            BookingDto b = c.booking();
            navigator.go(new Destination.Slots(b.service(), b.provider(), b));
        }
    }

    public void callProvider() {
        if (state() instanceof BookingDetailUiState.Content c && c.booking().provider().phone() != null) {
            calls.call(c.booking().provider().name(), c.booking().provider().phone());
        }
    }
}
