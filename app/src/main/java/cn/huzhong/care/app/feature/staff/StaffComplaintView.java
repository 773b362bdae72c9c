package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.ComplaintDto;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/**
 * A complaint for staff: what the person said, about which volunteer and task, when; the volunteer's page (where a
 * suspension is decided) and the task one tap away; then the outcome, which closes it.
 */
public final class StaffComplaintView extends StateScreen<StaffComplaintUiState> {
    public static final String ID_NOTICE = "staff-complaint-notice";
    public static final String ID_ERROR = "staff-complaint-error";
    public static final String ID_STATUS = "staff-complaint-status";
    public static final String ID_VOLUNTEER = "staff-complaint-volunteer";
    public static final String ID_TASK = "staff-complaint-task";
    public static final String ID_OUTCOME = "staff-complaint-outcome";
    public static final String ID_CLOSE = "staff-complaint-close";

    private final StaffComplaintViewModel vm;

    public StaffComplaintView(StaffComplaintViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(null);
    }

    @Override
    protected void render(StaffComplaintUiState s) {
        root.getChildren().clear();
        if (s instanceof StaffComplaintUiState.Content c) {
            content(c);
        }
    }

    private void content(StaffComplaintUiState.Content c) {
        ComplaintDto k = c.complaint();
        if (c.notice() != null) {
            root.getChildren().add(ui.notice(ID_NOTICE, c.notice()));
        }
        Label status = ui.status(c.status(), c.tone());
        status.setId(ID_STATUS);
        VBox card = Ui.card(Ui.title(ui.t("staff.queue.complaint.heading", k.volunteerName())), status,
                ui.fact(ui.t("staff.complaint.from"), k.residentName()),
                ui.fact(ui.t("staff.complaint.town"), k.town().displayName(ui.messages().lang())),
                ui.fact(ui.t("staff.complaint.filed"), ui.messages().dateTime(k.createdAt().toInstant())));
        root.getChildren().add(card);
        root.getChildren().add(Ui.card(Ui.heading(ui.t("staff.complaint.body")), Ui.body(k.body())));
        if (!c.open() && k.outcome() != null) {
            VBox done = Ui.card(Ui.heading(ui.t("staff.complaint.outcome.heading")), Ui.body(k.outcome()));
            if (k.closedAt() != null) {
                done.getChildren().add(Ui.muted(ui.messages().dateTime(k.closedAt().toInstant())));
            }
            root.getChildren().add(done);
        }
        Button volunteer = ui.row(ui.t("staff.complaint.volunteer.spoken", k.volunteerName()), MaterialDesignA.ACCOUNT,
                vm::openVolunteer, Ui.heading(ui.t("staff.complaint.volunteer", k.volunteerName())),
                Ui.muted(ui.t("staff.complaint.volunteer.text")));
        volunteer.setId(ID_VOLUNTEER);
        Button task = ui.row(ui.t("staff.complaint.task.spoken"), MaterialDesignH.HAND_HEART, vm::openTask,
                Ui.heading(ui.t("staff.complaint.task")));
        task.setId(ID_TASK);
        root.getChildren().add(Ui.section(volunteer, task));
        if (!c.open()) {
            return;
        }
        TextArea outcome = ui.textArea(4);
        outcome.setId(ID_OUTCOME);
        outcome.textProperty().bindBidirectional(vm.outcomeProperty());
        outcome.setDisable(c.sending());
        Ui.Field<TextArea> field = ui.field(ui.t("staff.complaint.outcome.label"), outcome);
        field.error().setId(ID_OUTCOME + "-error");
        A11y.showError(outcome, field.error(), c.outcomeError());
        VBox box = Ui.section(Ui.heading(ui.t("staff.complaint.close.heading")),
                Ui.muted(ui.t("staff.complaint.outcome.hint")), field.box());
        if (c.error() != null) {
            box.getChildren().add(ui.failed(ID_ERROR, c.error()));
        }
        if (c.sending()) {
            box.getChildren().add(ui.progress(ui.t("staff.action.progress")));
        }
        Button close = ui.primary(ui.t("staff.complaint.close"), vm::close);
        close.setGraphic(ui.icon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
        close.setId(ID_CLOSE);
        close.setDisable(c.sending());
        box.getChildren().add(close);
        root.getChildren().add(box);
        if (c.outcomeError() != null) {
            Platform.runLater(outcome::requestFocus);
        }
    }

    @Override
    public String title() {
        return ui.t("staff.complaint.title");
    }
}
