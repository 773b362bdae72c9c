package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.shell.StateScreen;
import java.util.List;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.SlotDto;
import cn.huzhong.care.core.domain.DeviceKind;
import cn.huzhong.care.core.i18n.Formats;
import cn.huzhong.care.core.time.Dates;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.Arrays;

/**
 * The confirmation of a booking: what, where (with how accessible it is), when, for whom; for a fitting the kind
 * of device (a list) and the shared-wheelchair loan; a note; what may be changed later. One primary action books
 * it (or moves the booking to this time); the server's "no" shows above it with the way back to the times.
 */
public final class BookSlotView extends StateScreen<BookSlotUiState> {
    public static final String ID_SUMMARY = "book-summary";
    public static final String DEVICE_PREFIX = "book-device-";
    public static final String ID_DEVICE = "book-device";
    public static final String ID_LOAN = "book-wheelchair-loan";
    public static final String ID_NOTE = "book-note";
    public static final String ID_MESSAGE = "book-message";
    public static final String ID_OTHER_TIME = "book-other-time";
    public static final String ID_CONFIRM = "book-confirm";

    private final BookSlotViewModel vm;
    private final VBox status = Ui.slot();
    private final Button confirm;
    private Ui.Choice<DeviceKind> devices;
    private javafx.scene.control.ToggleButton loan;
    private final Ui.Field<TextArea> note;

    public BookSlotView(BookSlotViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        BookSlotUiState s = vm.state();
        root.getChildren().add(summary(s));
        if (s.rescheduling() == null) {
            if (vm.fitting()) {
                devices = ui.choice(ui.t("book.device.label"), Arrays.asList(DeviceKind.values()),
                        k -> ui.messages().core("deviceKind." + k), vm.deviceKindProperty().get(), vm.deviceKindProperty()::set);
                for (int i = 0; i < devices.options().size(); i++) {
                    devices.options().get(i).setId(DEVICE_PREFIX + devices.values().get(i).name());
                }
                devices.group().setId(ID_DEVICE);
                loan = ui.toggle(ID_LOAN, ui.t("book.loan.label"), vm.wheelchairLoanProperty().get(),
                        vm.wheelchairLoanProperty()::set);
                loan.setAccessibleHelp(ui.t("book.loan.help"));
                root.getChildren().addAll(devices.box(), Ui.section(loan, Ui.muted(ui.t("book.loan.help"))));
            }
            TextArea area = ui.textArea(2);
            area.setId(ID_NOTE);
            area.textProperty().bindBidirectional(vm.noteProperty());
            note = ui.field(ui.t("book.note.label", BookSlotViewModel.NOTE_MAX), area);
            root.getChildren().add(note.box());
            root.getChildren().add(Ui.muted(ui.t("book.rules.text")));
        } else {
            note = null;
            root.getChildren().add(Ui.muted(ui.t("book.reschedule.rules")));
        }
        confirm = ui.primary(ui.t(s.rescheduling() == null ? "book.confirm.label" : "book.reschedule.confirm"), vm::confirm);
        confirm.setGraphic(ui.icon(MaterialDesignC.CALENDAR_CHECK));
        confirm.setId(ID_CONFIRM);
        root.getChildren().add(status);
        start(null);
    }

    @Override
    public List<Node> bottomActions() {
        return List.of(confirm);
    }

    private Node summary(BookSlotUiState s) {
        SlotDto slot = s.slot();
        String when = Formats.when(slot.startsAt().atZoneSameInstant(Dates.ZONE), slot.endsAt().atZoneSameInstant(Dates.ZONE),
                ui.messages().lang());
        VBox card = Ui.card(Ui.heading(ui.t(s.rescheduling() == null ? "book.summary.heading" : "book.reschedule.heading")));
        card.setId(ID_SUMMARY);
        if (s.forWhom() != null) {
            card.getChildren().add(ui.fact(ui.t("book.forWhom.label"), s.forWhom()));
        }
        card.getChildren().addAll(ui.fact(ui.t("book.service.label"), slot.serviceName()),
                ui.fact(ui.t("book.provider.label"), s.provider().name()),
                ui.fact(ui.t("providers.address.label"),
                        ui.t("providers.address.value", s.provider().townName(), s.provider().address())));
        if (s.provider().accessibilityNotes() != null && !s.provider().accessibilityNotes().isBlank()) {
            card.getChildren().add(ui.fact(ui.t("providers.access.label"), s.provider().accessibilityNotes()));
        }
        if (s.rescheduling() != null) {
            card.getChildren().addAll(ui.fact(ui.t("book.reschedule.from"), s.rescheduling().whenText()),
                    ui.fact(ui.t("book.reschedule.to"), when));
        } else {
            card.getChildren().add(ui.fact(ui.t("book.when.label"), when));
        }
        card.getChildren().add(ui.fact(ui.t("book.places.label"), s.places()));
        return card;
    }

    @Override
    protected void render(BookSlotUiState s) {
        confirm.setDisable(s.sending());
        if (devices != null) {
            devices.showError(s.deviceKindError());
            devices.options().forEach(o -> o.setDisable(s.sending()));
            loan.setDisable(s.sending());
        }
        if (note != null) {
            A11y.showError(note.control(), note.error(), s.noteError());
            note.control().setDisable(s.sending());
        }
        status.getChildren().clear();
        if (s.sending()) {
            status.getChildren().add(ui.progress(ui.t(s.rescheduling() == null ? "book.progress" : "book.reschedule.progress")));
        }
        if (s.formMessage() != null) {
            Label m = ui.status(s.formMessage(), Styles.Tone.ERROR);
            m.setId(ID_MESSAGE);
            status.getChildren().add(m);
            if (!s.refused()) {
                Ui.result(m, s.formMessage());
            }
            if (s.refused()) {
                Button other = ui.secondary(ui.t("book.otherTime.label"), MaterialDesignC.CALENDAR_SEARCH, vm::chooseAnother);
                other.setId(ID_OTHER_TIME);
                status.getChildren().add(other);
                Platform.runLater(other::requestFocus);
            }
        }
        if (s.focus() == BookSlotUiState.Field.DEVICE_KIND && devices != null) {
            Platform.runLater(devices.first()::requestFocus);
        } else if (s.focus() == BookSlotUiState.Field.NOTE && note != null) {
            Platform.runLater(note.control()::requestFocus);
        }
    }

    @Override
    public String title() {
        return ui.t(vm.state().rescheduling() == null ? "book.title" : "book.reschedule.title");
    }

    @Override
    public boolean aboutPerson() {
        return true;
    }
}
