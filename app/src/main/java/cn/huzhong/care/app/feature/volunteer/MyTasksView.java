package cn.huzhong.care.app.feature.volunteer;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.TaskDto;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

import java.util.List;

/** The volunteer's hours at the top, large; then the tasks they hold (soonest first), then those completed. */
public final class MyTasksView extends StateScreen<MyTasksUiState> {
    public static final String ID_HOURS = "volunteer-hours";
    public static final String ID_PENDING = "volunteer-mine-pending";
    public static final String ID_FIND = "volunteer-find-tasks";
    public static final String CURRENT_PREFIX = "volunteer-mine-";
    public static final String DONE_PREFIX = "volunteer-done-";

    private final MyTasksViewModel vm;

    public MyTasksView(MyTasksViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(MyTasksUiState s) {
        root.getChildren().clear();
        if (s instanceof MyTasksUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("volunteer.mine.progress"), l.slowNote()));
        } else if (s instanceof MyTasksUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof MyTasksUiState.Content c) {
            root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
            Label hours = Ui.title(c.hours());
            hours.setId(ID_HOURS);
            Label label = Ui.heading(ui.t("volunteer.mine.hoursLabel"));
            label.setGraphic(ui.icon(MaterialDesignH.HAND_HEART));
            root.getChildren().add(Ui.card(label, hours, Ui.body(c.done())));
            if (c.pending() != null) {
                Label p = ui.status(c.pending(), Styles.Tone.WARN);
                p.setId(ID_PENDING);
                root.getChildren().add(p);
                return;
            }
            list(ui.t("volunteer.mine.current"), c.current(), CURRENT_PREFIX, ui.t("volunteer.mine.noneCurrent"));
            if (c.current().isEmpty()) {
                Button find = ui.secondary(ui.t("volunteer.mine.find"), MaterialDesignH.HAND_HEART, vm::findTasks);
                find.setId(ID_FIND);
                root.getChildren().add(find);
            }
            list(ui.t("volunteer.mine.completed"), c.completed(), DONE_PREFIX, ui.t("volunteer.mine.noneDone"));
        }
    }

    private void list(String heading, List<TaskDto> tasks, String prefix, String none) {
        VBox box = Ui.section(Ui.heading(heading));
        if (tasks.isEmpty()) {
            box.getChildren().add(Ui.muted(none));
        }
        for (TaskDto t : tasks) {
            Label status = ui.status(t.statusName(), TaskTexts.tone(t.status()));
            Button row = ui.row(TaskTexts.spoken(ui.messages(), t), () -> vm.open(t.id()), Ui.heading(t.kindName()),
                    Ui.body(TaskTexts.day(ui.messages(), t.windowStart())),
                    Ui.body(TaskTexts.times(ui.messages(), t.windowStart(), t.windowEnd())), Ui.body(t.townName()), status);
            row.setId(prefix + t.id());
            box.getChildren().add(row);
        }
        root.getChildren().add(box);
    }

    @Override
    public String title() {
        return ui.t("volunteer.mine.title");
    }
}
