package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.kit.Overlay;
import cn.huzhong.care.app.ui.kit.Picker;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.domain.TimeOfDay;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.List;

/**
 * A provider's bookable times: which provider; publishing times (day, morning or afternoon, how many, people each);
 * the times of the next two weeks, each with places taken, and withdrawing one nobody has booked (danger, confirmed).
 */
public final class StaffSlotsView extends StateScreen<StaffSlotsUiState> {
    public static final String ID_NOTICE = "staff-slots-notice";
    public static final String ID_ERROR = "staff-slots-error";
    public static final String PROVIDER_PREFIX = "staff-slots-provider-";
    public static final String ID_DATE = "staff-slots-date";
    public static final String ID_TIME = "staff-slots-time";
    public static final String ID_COUNT = "staff-slots-count";
    public static final String ID_CAPACITY = "staff-slots-capacity";
    public static final String ID_PUBLISH = "staff-slots-publish";
    public static final String SLOT_PREFIX = "staff-slots-slot-";
    public static final String WITHDRAW_PREFIX = "staff-slots-withdraw-";
    public static final String ID_DIALOG = "staff-slots-withdraw-dialog";
    public static final String ID_KEEP = "staff-slots-keep";
    public static final String ID_CONFIRM = "staff-slots-withdraw-confirm";

    private final StaffSlotsViewModel vm;

    public StaffSlotsView(StaffSlotsViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(StaffSlotsUiState state) {
        root.getChildren().clear();
        if (state instanceof StaffSlotsUiState.Loading) {
            root.getChildren().add(ui.progress(ui.t("staff.slots.progress")));
            return;
        }
        if (state instanceof StaffSlotsUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
            return;
        }
        StaffSlotsUiState.Showing s = (StaffSlotsUiState.Showing) state;
        if (s.notice() != null) {
            Label n = ui.status(s.notice(), Styles.Tone.OK);
            n.setId(ID_NOTICE);
            root.getChildren().add(n);
            Ui.result(n, s.notice());
        }
        if (s.error() != null && s.withdrawing() == null) {
            Label err = ui.status(s.error(), Styles.Tone.ERROR);
            err.setId(ID_ERROR);
            root.getChildren().add(err);
            Ui.result(err, s.error());
        }
        Ui.Choice<Long> provider = ui.choice(ui.t("staff.slots.provider"), s.providers().stream().map(ProviderDto::id)
                        .toList(), id -> s.providers().stream().filter(p -> p.id() == id).findFirst()
                        .map(ProviderDto::name).orElse(""), s.provider().id(), vm::chooseProvider);
        for (int i = 0; i < provider.options().size(); i++) {
            provider.options().get(i).setId(PROVIDER_PREFIX + provider.values().get(i));
        }
        root.getChildren().add(provider.box());
        root.getChildren().add(publishForm(s));
        root.getChildren().add(list(s));
        if (s.withdrawing() != null) {
            dialog(s);
        } else {
            ui.overlay().close(ID_DIALOG);
        }
    }

    private Node publishForm(StaffSlotsUiState.Showing s) {
        Picker date = ui.date(ID_DATE, ui.t("staff.slots.date"), vm.dateProperty(), vm.today().plusDays(1),
                vm.today().plusDays(28));
        date.showError().accept(s.dateError());
        Picker time = ui.segmented(ID_TIME, ui.t("staff.slots.time"), List.of(TimeOfDay.MORNING, TimeOfDay.AFTERNOON),
                t -> ui.t("staff.taskForm.time." + t), vm.timeOfDayProperty().get(), vm.timeOfDayProperty()::set);
        Picker count = ui.stepper(ID_COUNT, ui.t("staff.slots.count", StaffSlotsViewModel.MINUTES), vm.countProperty(),
                1, 8, n -> ui.t("staff.slots.count.words", n));
        Picker capacity = ui.stepper(ID_CAPACITY, ui.t("staff.slots.capacity"), vm.capacityProperty(), 1, 6,
                n -> ui.t("staff.slots.capacity.words", n));
        Button publish = ui.primary(ui.t("staff.slots.publish"), vm::publishSlots);
        publish.setGraphic(ui.icon(MaterialDesignC.CALENDAR_PLUS));
        publish.setId(ID_PUBLISH);
        publish.setDisable(s.sending());
        VBox box = Ui.section(Ui.heading(ui.t("staff.slots.publish.heading")), date.node(), time.node(), count.node(),
                capacity.node());
        if (s.sending() && s.withdrawing() == null) {
            box.getChildren().add(ui.progress(ui.t("staff.action.progress")));
        }
        box.getChildren().add(publish);
        if (s.dateError() != null) {
            date.focusTarget().requestFocus();
        }
        return box;
    }

    private Node list(StaffSlotsUiState.Showing s) {
        VBox box = Ui.section(Ui.heading(ui.t("staff.slots.list.heading", StaffSlotsViewModel.DAYS)));
        if (s.slots() == null) {
            box.getChildren().add(ui.progress(ui.t("staff.slots.progress")));
        } else if (s.slots().isEmpty()) {
            box.getChildren().add(Ui.body(ui.t("staff.slots.none")));
        } else {
            for (StaffSlotsUiState.Slot slot : s.slots()) {
                VBox card = Ui.card(Ui.body(slot.text()), slot.withdrawn() ? Ui.muted(slot.places())
                        : Ui.body(slot.places()));
                card.setId(SLOT_PREFIX + slot.id());
                if (slot.canWithdraw()) {
                    Button w = ui.danger(ui.t("staff.slots.withdraw.one", slot.when()), () -> vm.askToWithdraw(slot));
                    w.setId(WITHDRAW_PREFIX + slot.id());
                    w.setDisable(s.sending());
                    card.getChildren().add(w);
                }
                box.getChildren().add(card);
            }
        }
        return box;
    }

    private void dialog(StaffSlotsUiState.Showing s) {
        List<Node> body = new java.util.ArrayList<>();
        body.add(Ui.body(ui.t("staff.slots.withdraw.what", s.withdrawing().text())));
        if (s.error() != null) {
            Label err = ui.status(s.error(), Styles.Tone.ERROR);
            err.setId(ID_ERROR);
            body.add(err);
        }
        if (s.sending()) {
            body.add(ui.progress(ui.t("staff.action.progress")));
        }
        ui.overlay().show(ui, new Overlay.Spec(ID_DIALOG, ui.t("staff.slots.withdraw.question"), body, List.of(
                new Overlay.Action(ID_KEEP, ui.t("staff.slots.withdraw.keep"), Overlay.Tone.SAFE, vm::keep, s.sending()),
                new Overlay.Action(ID_CONFIRM, ui.t("staff.slots.withdraw.confirm"), Overlay.Tone.DANGER,
                        vm::confirmWithdraw, s.sending())), s.sending() ? null : vm::keep, false));
    }

    @Override
    public String title() {
        return ui.t("staff.slots.title");
    }
}
