package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.Ui;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/** One work queue: how many wait, then a row per item (who, what, where it stands, since when). */
public final class StaffQueueView extends StateScreen<StaffQueueUiState> {
    public static final String ID_SUMMARY = "staff-queue-summary";
    public static final String ROW_PREFIX = "staff-queue-row-";

    private final StaffQueueViewModel vm;

    public StaffQueueView(StaffQueueViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(StaffQueueUiState s) {
        root.getChildren().clear();
        if (s instanceof StaffQueueUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("staff.queue.progress"), l.slowNote()));
        } else if (s instanceof StaffQueueUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof StaffQueueUiState.Content c) {
            root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
            var summary = Ui.body(c.summary());
            summary.setId(ID_SUMMARY);
            VBox list = Ui.section(summary);
            for (StaffQueueUiState.Row r : c.rows()) {
                List<Node> lines = new ArrayList<>();
                lines.add(Ui.heading(r.heading()));
                for (String line : r.lines()) {
                    lines.add(Ui.body(line));
                }
                Button b = ui.row(r.spoken(), () -> vm.open(r), lines.toArray(Node[]::new));
                b.setId(ROW_PREFIX + r.id());
                list.getChildren().add(b);
            }
            root.getChildren().add(list);
        }
    }

    @Override
    public String title() {
        return ui.t("staff.queue." + StaffHomeViewModel.key(vm.kind()) + ".title");
    }
}
