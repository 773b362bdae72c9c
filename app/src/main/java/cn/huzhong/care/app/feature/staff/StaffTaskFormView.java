package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.kit.Picker;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.TimeOfDay;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.Arrays;
import java.util.List;

/** A new help task from a request: kind (choice), what is needed (never who), day (calendar), morning or afternoon. */
public final class StaffTaskFormView extends StateScreen<StaffTaskFormUiState> {
    public static final String KIND_PREFIX = "staff-task-form-kind-";
    public static final String ID_NEEDED = "staff-task-form-needed";
    public static final String ID_DATE = "staff-task-form-date";
    public static final String ID_TIME = "staff-task-form-time";
    public static final String ID_SEND = "staff-task-form-send";
    public static final String ID_ERROR = "staff-task-form-error";

    private final StaffTaskFormViewModel vm;
    private final Button send;

    public StaffTaskFormView(StaffTaskFormViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        send = ui.primary(ui.t("staff.taskForm.send"), vm::send);
        send.setGraphic(ui.icon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
        send.setId(ID_SEND);
        start(null);
    }

    @Override
    protected void render(StaffTaskFormUiState s) {
        root.getChildren().clear();
        StaffTaskFormUiState.Editing e = (StaffTaskFormUiState.Editing) s;
        root.getChildren().add(Ui.body(ui.t("staff.taskForm.for", e.residentName())));
        Ui.Choice<HelpKind> kind = ui.choice(ui.t("staff.taskForm.kind"), Arrays.asList(HelpKind.values()),
                k -> ui.messages().core("helpKind." + k), e.kind(), vm::chooseKind);
        for (int i = 0; i < kind.options().size(); i++) {
            kind.options().get(i).setId(KIND_PREFIX + kind.values().get(i).name());
            kind.options().get(i).setDisable(e.sending());
        }
        kind.showError(e.kindError());
        TextArea needed = ui.textArea(3);
        needed.setId(ID_NEEDED);
        needed.textProperty().bindBidirectional(vm.neededProperty());
        needed.setDisable(e.sending());
        Ui.Field<TextArea> neededField = ui.field(ui.t("staff.taskForm.needed", StaffTaskFormViewModel.NEEDED_MAX), needed);
        neededField.error().setId(needed.getId() + "-error");
        A11y.showError(needed, neededField.error(), e.neededError());
        Picker date = ui.date(ID_DATE, ui.t("staff.taskForm.date"), vm.dateProperty(), ui.today(), ui.today().plusDays(60));
        date.showError().accept(e.dateError());
        Picker time = ui.segmented(ID_TIME, ui.t("staff.taskForm.time"), List.of(TimeOfDay.MORNING, TimeOfDay.AFTERNOON),
                t -> ui.t("staff.taskForm.time." + t), vm.timeOfDayProperty().get(), vm.timeOfDayProperty()::set);
        VBox form = Ui.section(kind.box(), Ui.muted(ui.t("staff.taskForm.needed.hint")), neededField.box(), date.node(),
                time.node());
        root.getChildren().add(form);
        if (e.error() != null) {
            Label err = ui.status(e.error(), Styles.Tone.ERROR);
            err.setId(ID_ERROR);
            root.getChildren().add(err);
            Ui.result(err, e.error());
        }
        if (e.sending()) {
            root.getChildren().add(ui.progress(ui.t("staff.action.progress")));
        }
        send.setDisable(e.sending());
        Node first = e.kindError() != null ? kind.first() : e.neededError() != null ? needed
                : e.dateError() != null ? date.focusTarget() : null;
        if (first != null) {
            Platform.runLater(first::requestFocus);
        }
    }

    @Override
    public List<Node> bottomActions() {
        return List.of(send);
    }

    @Override
    public String title() {
        return ui.t("staff.taskForm.title");
    }
}
