package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.kit.Overlay;
import java.util.ArrayList;
import java.util.List;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.BookingDto;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * One booking: what just happened, status in words, what, when, where (address, accessibility, phone), for a fitting
 * the device and the wheelchair loan; then what can still be changed: until when it can be cancelled or moved here,
 * or, within two hours of the start, that the provider must be called.
 */
public final class BookingDetailView extends StateScreen<BookingDetailUiState> {
    public static final String ID_NOTICE = "booking-notice";
    public static final String ID_STATUS = "booking-status";
    public static final String ID_CANCEL_BY = "booking-cancel-by";
    public static final String ID_TOO_LATE = "booking-too-late";
    public static final String ID_RESCHEDULE = "booking-reschedule";
    public static final String ID_CANCEL = "booking-cancel";
    public static final String ID_CANCEL_CONFIRM = "booking-cancel-confirm";
    public static final String ID_CANCEL_KEEP = "booking-cancel-keep";
    public static final String ID_CANCEL_DIALOG = "booking-cancel-dialog";
    public static final String ID_CALL = "booking-call";
    public static final String ID_ERROR = "booking-error";

    private final BookingDetailViewModel vm;

    public BookingDetailView(BookingDetailViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(BookingDetailUiState s) {
        root.getChildren().clear();
        if (s instanceof BookingDetailUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("booking.progress.text"), l.slowNote()));
        } else if (s instanceof BookingDetailUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof BookingDetailUiState.Content c) {
            content(c);
        }
    }

    private void content(BookingDetailUiState.Content c) {
        BookingDto b = c.booking();
        if (c.cancel() == BookingDetailUiState.Step.IDLE) {
            ui.overlay().close(ID_CANCEL_DIALOG);
        }
        if (c.notice() != null) {
            root.getChildren().add(ui.notice(ID_NOTICE, c.notice()));
        }
        root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
        Label status = ui.status(c.status(), c.tone());
        status.setId(ID_STATUS);
        VBox card = Ui.card(Ui.title(b.serviceName()), status,
                ui.fact(ui.t("book.when.label"), b.whenText()),
                ui.fact(ui.t("book.provider.label"), b.provider().name()),
                ui.fact(ui.t("providers.address.label"),
                        ui.t("providers.address.value", b.provider().townName(), b.provider().address())));
        if (b.provider().accessibilityNotes() != null && !b.provider().accessibilityNotes().isBlank()) {
            card.getChildren().add(ui.fact(ui.t("providers.access.label"), b.provider().accessibilityNotes()));
        }
        if (b.deviceKindName() != null) {
            card.getChildren().add(ui.fact(ui.t("book.device.fact"), b.deviceKindName()));
            card.getChildren().add(ui.fact(ui.t("book.loan.fact"),
                    ui.t(b.wheelchairLoan() ? "book.loan.yes" : "book.loan.no")));
        }
        if (b.note() != null && !b.note().isBlank()) {
            card.getChildren().add(ui.fact(ui.t("book.note.fact"), b.note()));
        }
        if (b.bookedBy() != null && !b.bookedBy().isBlank()) {
            card.getChildren().add(ui.fact(ui.t("book.bookedBy.label"), b.bookedBy()));
        }
        if (b.provider().phone() != null && !b.provider().phone().isBlank()) {
            card.getChildren().add(ui.fact(ui.t("providers.phone.label"), b.provider().phone()));
        }
        root.getChildren().add(card);
        if (c.changeable()) {
            root.getChildren().add(changes(c));
        }
        if (b.provider().phone() != null && !b.provider().phone().isBlank()) {
            Button call = ui.secondary(ui.t("providers.call.label", b.provider().name()), MaterialDesignP.PHONE,
                    vm::callProvider);
            call.setId(ID_CALL);
            root.getChildren().add(call);
        }
    }

    private Node changes(BookingDetailUiState.Content c) {
        BookingDto b = c.booking();
        VBox box = Ui.section(Ui.heading(ui.t("booking.change.heading")));
        if (!b.canCancel()) {
            Label late = ui.status(ui.t("booking.tooLate.text", b.provider().name()), Styles.Tone.WARN);
            late.setId(ID_TOO_LATE);
            box.getChildren().add(late);
            return box;
        }
        Label by = Ui.body(ui.t("booking.cancelBy.text", ui.messages().dateTime(b.cancelBy().toInstant())));
        by.setId(ID_CANCEL_BY);
        box.getChildren().add(by);
        if (c.error() != null) {
            Label err = ui.status(c.error(), Styles.Tone.ERROR);
            err.setId(ID_ERROR);
            box.getChildren().add(err);
        }
        Button move = ui.secondary(ui.t("booking.reschedule.label"), MaterialDesignC.CALENDAR_EDIT, vm::reschedule);
        move.setId(ID_RESCHEDULE);
        Button cancel = ui.danger(ui.t("booking.cancel.label"), vm::askToCancel);
        cancel.setGraphic(ui.icon(MaterialDesignC.CALENDAR_REMOVE));
        cancel.setId(ID_CANCEL);
        box.getChildren().addAll(move, cancel);
        if (c.cancel() == BookingDetailUiState.Step.IDLE) {
            ui.overlay().close(ID_CANCEL_DIALOG);
            if (c.error() != null) {
                Ui.result(box.lookup("#" + ID_ERROR), c.error());
            }
            return box;
        }
        boolean sending = c.cancel() == BookingDetailUiState.Step.SENDING;
        List<Node> body = new ArrayList<>();
        body.add(Ui.body(ui.t("booking.cancel.what")));
        if (sending) {
            body.add(ui.progress(ui.t("booking.cancel.progress")));
        }
        ui.overlay().show(ui, new Overlay.Spec(ID_CANCEL_DIALOG, ui.t("booking.cancel.question", b.serviceName(), b.whenText()),
                body, List.of(
                new Overlay.Action(ID_CANCEL_KEEP, ui.t("booking.cancel.keep"), Overlay.Tone.SAFE, vm::keep, sending),
                new Overlay.Action(ID_CANCEL_CONFIRM, ui.t("booking.cancel.confirm"), Overlay.Tone.DANGER,
                        vm::confirmCancel, sending)),
                sending ? null : vm::keep, false));
        return box;
    }

    @Override
    public String title() {
        return ui.t("booking.title");
    }

    @Override
    public boolean aboutPerson() {
        return true;
    }
}
