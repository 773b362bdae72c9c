package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.SlotDto;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Free times of one provider for a week: a heading per day, then each time as a row saying when and how many
 * places are left (a list, not a grid: it reads well aloud); the week before and after.
 */
public final class SlotsView extends StateScreen<SlotsUiState> {
    public static final String SLOT_PREFIX = "slot-";
    public static final String ID_LATER = "slots-later";
    public static final String ID_EARLIER = "slots-earlier";
    public static final String ID_RESCHEDULING = "slots-rescheduling";

    private final SlotsViewModel vm;

    public SlotsView(SlotsViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(SlotsUiState s) {
        root.getChildren().clear();
        root.getChildren().add(Ui.title(vm.provider().name()));
        if (vm.rescheduling() != null) {
            Label l = ui.status(ui.t("slots.rescheduling.text", vm.rescheduling().whenText()), Styles.Tone.INFO);
            l.setId(ID_RESCHEDULING);
            root.getChildren().add(l);
        }
        if (s instanceof SlotsUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("slots.progress.text"), l.slowNote()));
        } else if (s instanceof SlotsUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof SlotsUiState.Content c) {
            content(c);
        }
    }

    private void content(SlotsUiState.Content c) {
        root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
        root.getChildren().add(Ui.body(c.intro()));
        for (SlotsUiState.Day day : c.days()) {
            VBox box = Ui.section(Ui.heading(day.day().dateText()));
            for (SlotsUiState.Slot s : day.slots()) {
                SlotDto slot = s.slot();
                Button row = ui.row(s.spoken(), () -> vm.choose(slot), Ui.heading(slot.timeText()), Ui.body(s.places()));
                row.setId(SLOT_PREFIX + slot.id());
                box.getChildren().add(row);
            }
            root.getChildren().add(box);
        }
        if (c.earlier()) {
            Button earlier = ui.secondary(ui.t("slots.earlier.label"), MaterialDesignC.CHEVRON_UP, vm::earlier);
            earlier.setId(ID_EARLIER);
            root.getChildren().add(earlier);
        }
        if (c.later()) {
            Button later = ui.secondary(ui.t("slots.later.label"), MaterialDesignC.CHEVRON_DOWN, vm::later);
            later.setId(ID_LATER);
            root.getChildren().add(later);
        }
    }


    @Override
    public String title() {
        return ui.t(vm.rescheduling() == null ? "slots.title" : "slots.title.reschedule");
    }

}
