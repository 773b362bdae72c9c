package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.BookingRepository;
import cn.huzhong.care.app.data.Outbox;
import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.data.Session;
import cn.huzhong.care.app.data.SessionRepository;
import cn.huzhong.care.app.data.Submission;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.CreateBooking;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.SlotDto;
import cn.huzhong.care.core.domain.DeviceKind;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.core.validation.Violation;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * Booking a slot, or moving a booking to it (F6). A new booking goes through the {@link Outbox}: booked now, or
 * kept on the phone and sent once the server is reachable (and if the slot has filled up by then, the person is
 * told in the list). A move needs the server: if the new slot cannot be had, the old booking stands, and the
 * server's reason is shown with the way back to the list of times.
 */
public final class BookSlotViewModel extends ViewModel<BookSlotUiState> {
    public static final int NOTE_MAX = 200;

    private final ObjectProperty<DeviceKind> deviceKind = new SimpleObjectProperty<>();
    private final BooleanProperty wheelchairLoan = new SimpleBooleanProperty(false);
    private final StringProperty note = new SimpleStringProperty("");
    private final Outbox outbox;
    private final BookingRepository bookings;
    private final Navigator navigator;
    private final Messages messages;
    /** The move's key, kept across retries after a lost answer. */
    private final String rescheduleKey = UUID.randomUUID().toString();

    public BookSlotViewModel(SlotDto slot, ProviderDto provider, BookingDto rescheduling, Outbox outbox,
                             BookingRepository bookings, SessionRepository sessions, Navigator navigator,
                             Messages messages, Executor ui) {
        super(new BookSlotUiState(slot, provider, rescheduling, forWhom(sessions),
                BookingTexts.places(slot.placesLeft(), messages), false, null, null, null, false, null), ui);
        this.outbox = outbox;
        this.bookings = bookings;
        this.navigator = navigator;
        this.messages = messages;
    }

    private static String forWhom(SessionRepository sessions) {
        return sessions.current().filter(Session::actingForSomeoneElse).flatMap(Session::subject).map(PersonRef::name)
                .orElse(null);
    }

    public ObjectProperty<DeviceKind> deviceKindProperty() {
        return deviceKind;
    }

    public BooleanProperty wheelchairLoanProperty() {
        return wheelchairLoan;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public boolean fitting() {
        return state().slot().service() == ServiceKind.DEVICE_FITTING;
    }

    public void confirm() {
        BookSlotUiState s = state();
        if (s.sending()) {
            return;
        }
        if (s.rescheduling() != null) {
            reschedule(s);
            return;
        }
        String kindError = fitting() && deviceKind.get() == null ? messages.core("validation.oneOf") : null;
        String text = note.get() == null ? "" : note.get().strip();
        List<Violation> v = Validators.start().maxLength("note", text, NOTE_MAX).violations();
        String noteError = v.isEmpty() ? null : v.get(0).message(messages.lang());
        if (kindError != null || noteError != null) {
            publish(s.with(false, kindError, noteError, null, false,
                    kindError != null ? BookSlotUiState.Field.DEVICE_KIND : BookSlotUiState.Field.NOTE));
            return;
        }
        SlotDto slot = s.slot();
        DeviceKind kind = fitting() ? deviceKind.get() : null;
        boolean loan = fitting() && wheelchairLoan.get();
        CreateBooking booking = new CreateBooking(slot.id(), kind, fitting() ? loan : null, text.isEmpty() ? null : text);
        OutboxItem.BookingInfo info = new OutboxItem.BookingInfo(slot.service(), slot.providerId(), slot.providerName(),
                slot.startsAt(), slot.endsAt(), kind, loan);
        publish(s.with(true, null, null, null, false, null));
        when(outbox.submitBooking(booking, info), outcome -> {
            if (outcome instanceof Submission.Sent<BookingDto> sent) {
                navigator.finish(new Destination.Bookings(),
                        new Destination.BookingDetail(sent.value().id(), Destination.BookingNotice.BOOKED));
            } else if (outcome instanceof Submission.Waiting<BookingDto>) {
                navigator.finish(new Destination.Bookings(), null);
            } else if (outcome instanceof Submission.Refused<BookingDto> refused) {
                refusedBy(refused.failure());
            }
        }, e -> publish(state().with(false, null, null, messages.failure(e), false, null)));
    }

    private void refusedBy(ApiFailure.Refused failure) {
        if (failure instanceof ApiFailure.Invalid invalid) {
            String kind = invalid.messageFor("deviceKind").orElse(null);
            String noteError = invalid.messageFor("note").orElse(null);
            if (kind != null || noteError != null) {
                publish(state().with(false, kind, noteError, null, false,
                        kind != null ? BookSlotUiState.Field.DEVICE_KIND : BookSlotUiState.Field.NOTE));
                return;
            }
        }
        publish(state().with(false, null, null, messages.get("book.refused", messages.reason(failure)), true, null));
    }

    private void reschedule(BookSlotUiState s) {
        publish(s.with(true, null, null, null, false, null));
        BookingDto old = s.rescheduling();
        when(bookings.reschedule(old.id(), s.slot().id(), rescheduleKey),
                moved -> navigator.finish(new Destination.Bookings(),
                        new Destination.BookingDetail(moved.id(), Destination.BookingNotice.RESCHEDULED)),
                e -> {
                    boolean refused = e instanceof ApiFailure.Refused && !(e instanceof ApiFailure.ServerError);
                    String why = e instanceof ApiFailure.Unreachable
                            ? messages.get("book.reschedule.offline", old.whenText())
                            : messages.get("book.reschedule.failed", messages.reason(e), old.whenText());
                    publish(state().with(false, null, null, why, refused, null));
                });
    }

    /** Back to the list of times (it reloads, with the places left now). */
    public void chooseAnother() {
        navigator.back();
    }
}
