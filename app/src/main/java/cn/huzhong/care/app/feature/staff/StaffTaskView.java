package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.kit.Overlay;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.api.VolunteerDto;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.util.ArrayList;
import java.util.List;

/** A help task for staff: what, when, where it stands, whom it helps, who holds it; giving it to a volunteer. */
public final class StaffTaskView extends StateScreen<StaffTaskUiState> {
    public static final String ID_NOTICE = "staff-task-notice";
    public static final String ID_ERROR = "staff-task-error";
    public static final String ID_STATUS = "staff-task-status";
    public static final String ID_CHOOSE = "staff-task-choose";
    public static final String ID_DIALOG = "staff-task-dialog";
    public static final String VOLUNTEER_PREFIX = "staff-task-volunteer-";
    public static final String ID_ASSIGN = "staff-task-assign";
    public static final String ID_CLOSE = "staff-task-close";

    private final StaffTaskViewModel vm;

    public StaffTaskView(StaffTaskViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(StaffTaskUiState s) {
        root.getChildren().clear();
        if (s instanceof StaffTaskUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("staff.task.progress"), l.slowNote()));
        } else if (s instanceof StaffTaskUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof StaffTaskUiState.Content c) {
            content(c);
        }
    }

    private void content(StaffTaskUiState.Content c) {
        TaskDto t = c.task();
        if (c.notice() != null) {
            root.getChildren().add(ui.notice(ID_NOTICE, c.notice()));
        }
        if (c.error() != null && !c.choosing()) {
            root.getChildren().add(ui.failed(ID_ERROR, c.error()));
        }
        root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
        Label status = ui.status(ui.t("staff.task.status", t.statusName()), c.canAssign() ? Styles.Tone.WARN
                : Styles.Tone.INFO);
        status.setId(ID_STATUS);
        VBox card = Ui.card(Ui.title(t.kindName()), status, ui.fact(ui.t("staff.task.when"), t.when()),
                ui.fact(ui.t("staff.task.town"), t.townName()));
        if (t.needed() != null && !t.needed().isBlank()) {
            card.getChildren().add(ui.fact(ui.t("staff.task.needed"), t.needed()));
        }
        card.getChildren().add(ui.fact(ui.t("staff.task.volunteerLabel"), t.volunteerName() == null
                ? ui.t("staff.task.noVolunteer") : t.volunteerName()));
        root.getChildren().add(card);
        if (t.person() != null) {
            VBox person = Ui.section(Ui.heading(ui.t("staff.task.person")), ui.fact(ui.t("staff.task.personName"),
                    t.person().name()));
            if (t.person().phone() != null) {
                person.getChildren().add(ui.fact(ui.t("staff.task.phone"), t.person().phone()));
            }
            if (t.person().address() != null) {
                person.getChildren().add(ui.fact(ui.t("staff.task.address"), t.person().address()));
            }
            root.getChildren().add(person);
        }
        if (t.completionNote() != null && !t.completionNote().isBlank()) {
            root.getChildren().add(Ui.card(Ui.heading(ui.t("staff.task.note")), Ui.body(t.completionNote())));
        }
        if (c.canAssign() && !c.choosing()) {
            Button choose = ui.primary(ui.t("staff.task.choose"), vm::choose);
            choose.setGraphic(ui.icon(MaterialDesignA.ACCOUNT_HEART_OUTLINE));
            choose.setId(ID_CHOOSE);
            choose.setDisable(c.sending());
            root.getChildren().add(Ui.section(Ui.muted(ui.t("staff.task.choose.hint")), choose));
        }
        if (c.choosing()) {
            root.getChildren().add(picker(c));
        }
    }

    /** The volunteers to choose from, on the page (a long list reads better there than in a dialog). */
    private Node picker(StaffTaskUiState.Content c) {
        VBox box = Ui.card();
        box.setId(ID_DIALOG);
        Label question = Ui.heading(ui.t("staff.task.volunteers.question"));
        question.setId(ID_DIALOG + "-title");
        box.getChildren().add(question);
        if (c.volunteers() == null) {
            box.getChildren().add(ui.progress(ui.t("staff.task.volunteers.progress")));
        } else if (c.volunteers().isEmpty()) {
            box.getChildren().add(Ui.body(ui.t("staff.task.volunteers.none")));
        } else {
            Ui.Choice<Long> choice = ui.choice(ui.t("staff.task.volunteers.label"),
                    c.volunteers().stream().map(VolunteerDto::id).toList(),
                    id -> c.volunteers().stream().filter(v -> v.id() == id).findFirst().map(v -> ui.t(
                            "staff.task.volunteers.option", v.name(), v.tasksCompleted(), hours(v.totalHours())))
                            .orElse(""),
                    vm.volunteerProperty().get(), vm.volunteerProperty()::set);
            for (int i = 0; i < choice.options().size(); i++) {
                choice.options().get(i).setId(VOLUNTEER_PREFIX + choice.values().get(i));
            }
            if (c.chooseError() != null) {
                choice.showError(c.chooseError());
                choice.first().requestFocus();
            }
            box.getChildren().add(choice.box());
        }
        if (c.error() != null) {
            box.getChildren().add(ui.failed(ID_ERROR, c.error()));
        }
        if (c.sending()) {
            box.getChildren().add(ui.progress(ui.t("staff.action.progress")));
        }
        boolean busy = c.sending() || c.volunteers() == null || c.volunteers().isEmpty();
        Button assign = ui.primary(ui.t("staff.task.assign"), vm::assign);
        assign.setId(ID_ASSIGN);
        assign.setDisable(busy);
        Button close = ui.secondary(ui.t("common.close"), null, vm::closeChooser);
        close.setId(ID_CLOSE);
        close.setDisable(c.sending());
        box.getChildren().addAll(assign, close);
        if (c.chooseError() == null && c.volunteers() != null && !c.sending() && c.error() == null) {
            Ui.result(question, question.getText());
        }
        return box;
    }

    private String hours(double h) {
        return h == Math.rint(h) ? Long.toString((long) h) : String.format(java.util.Locale.ROOT, "%.2f", h)
                .replaceAll("0+$", "");
    }

    @Override
    public String title() {
        return ui.t("staff.task.title");
    }
}
