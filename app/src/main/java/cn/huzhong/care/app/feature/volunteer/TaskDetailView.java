package cn.huzhong.care.app.feature.volunteer;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.kit.Overlay;
import cn.huzhong.care.app.ui.kit.Picker;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.domain.TaskStatus;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.ArrayList;
import java.util.List;

/**
 * One help task, top to bottom: what just happened, the task (kind, status, time, town, what is needed), the person
 * and address once it is the volunteer's, then what they can do now: accept, check in, complete with a note and the
 * hours, or withdraw (a destructive action, confirmed in a dialog).
 */
public final class TaskDetailView extends StateScreen<TaskDetailUiState> {
    public static final String ID_NOTICE = "task-notice";
    public static final String ID_ERROR = "task-error";
    public static final String ID_STATUS = "task-status";
    public static final String ID_PERSON = "task-person";
    public static final String ID_CALL = "task-call";
    public static final String ID_ACCEPT = "task-accept";
    public static final String ID_ACCEPT_DIALOG = "task-accept-dialog";
    public static final String ID_ACCEPT_CONFIRM = "task-accept-confirm";
    public static final String ID_ACCEPT_KEEP = "task-accept-keep";
    public static final String ID_CHECK_IN = "task-check-in";
    public static final String ID_NOTE = "task-note";
    public static final String ID_HOURS = "task-hours";
    public static final String ID_COMPLETE = "task-complete";
    public static final String ID_WITHDRAW = "task-withdraw";
    public static final String ID_WITHDRAW_DIALOG = "task-withdraw-dialog";
    public static final String ID_WITHDRAW_CONFIRM = "task-withdraw-confirm";
    public static final String ID_WITHDRAW_KEEP = "task-withdraw-keep";
    public static final String ID_TAKEN = "task-taken";
    public static final String ID_BACK_TO_LIST = "task-back-to-list";

    private final TaskDetailViewModel vm;

    public TaskDetailView(TaskDetailViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(TaskDetailUiState s) {
        root.getChildren().clear();
        if (s instanceof TaskDetailUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("volunteer.task.progress"), l.slowNote()));
        } else if (s instanceof TaskDetailUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof TaskDetailUiState.Taken t) {
            ui.overlay().close();
            Label said = ui.status(t.message(), Styles.Tone.WARN);
            said.setId(ID_TAKEN);
            Button back = ui.primary(ui.t("volunteer.task.backToList"), vm::backToList);
            back.setId(ID_BACK_TO_LIST);
            root.getChildren().addAll(said, back);
            Ui.result(said, t.message());
        } else if (s instanceof TaskDetailUiState.Content c) {
            content(c);
        }
    }

    private void content(TaskDetailUiState.Content c) {
        TaskDto t = c.task();
        if (c.notice() != null) {
            Label n = ui.status(c.notice(), Styles.Tone.OK);
            n.setId(ID_NOTICE);
            root.getChildren().add(n);
            Ui.result(n, c.notice());
        }
        if (c.error() != null && c.dialog() == TaskDetailUiState.Dialog.NONE) {
            root.getChildren().add(ui.failed(ID_ERROR, c.error()));
        }
        root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
        Label status = ui.status(c.status(), TaskTexts.tone(t.status()));
        status.setId(ID_STATUS);
        VBox when = ui.fact(ui.t("volunteer.task.when"), TaskTexts.day(ui.messages(), t.windowStart()));
        when.getChildren().add(Ui.body(TaskTexts.times(ui.messages(), t.windowStart(), t.windowEnd())));
        VBox card = Ui.card(Ui.title(t.kindName()), status, when,
                ui.fact(ui.t("volunteer.task.town"), t.townName()), ui.fact(ui.t("volunteer.task.needed"), t.needed()));
        root.getChildren().add(card);
        if (t.person() != null) {
            VBox person = Ui.card(Ui.heading(ui.t("volunteer.task.person.heading")),
                    ui.fact(ui.t("volunteer.task.person.name"), t.person().name()));
            if (t.person().address() != null) {
                person.getChildren().add(ui.fact(ui.t("volunteer.task.person.address"), t.person().address()));
            }
            if (t.person().phone() != null) {
                person.getChildren().add(ui.fact(ui.t("volunteer.task.person.phone"), t.person().phone()));
                Button call = ui.secondary(ui.t("volunteer.task.person.call", t.person().name()), MaterialDesignP.PHONE,
                        vm::callPerson);
                call.setId(ID_CALL);
                person.getChildren().add(call);
            }
            person.setId(ID_PERSON);
            root.getChildren().add(person);
        }
        if (t.status() == TaskStatus.COMPLETED) {
            VBox done = Ui.card(Ui.heading(ui.t("volunteer.task.done.heading")));
            if (t.hours() != null) {
                done.getChildren().add(ui.fact(ui.t("volunteer.task.done.hours"), TaskTexts.hours(ui.messages(), t.hours())));
            }
            if (t.completionNote() != null) {
                done.getChildren().add(ui.fact(ui.t("volunteer.task.done.note"), t.completionNote()));
            }
            root.getChildren().add(done);
        }
        if (c.sending()) {
            root.getChildren().add(ui.progress(ui.t("volunteer.task.sending")));
        }
        if (t.status() == TaskStatus.OPEN) {
            Button accept = ui.primary(ui.t("volunteer.task.accept"), vm::askToAccept);
            accept.setGraphic(ui.icon(MaterialDesignH.HAND_HEART));
            accept.setId(ID_ACCEPT);
            accept.setDisable(c.sending());
            root.getChildren().addAll(Ui.muted(ui.t("volunteer.task.accept.intro")), accept);
        }
        if (t.canCheckIn()) {
            Button in = ui.primary(ui.t("volunteer.task.checkIn"), vm::checkIn);
            in.setGraphic(ui.icon(MaterialDesignM.MAP_MARKER_CHECK));
            in.setId(ID_CHECK_IN);
            in.setDisable(c.sending());
            root.getChildren().add(in);
        } else if (t.status() == TaskStatus.ACCEPTED) {
            root.getChildren().add(Ui.muted(ui.t("volunteer.task.checkIn.later")));
        }
        if (t.canComplete()) {
            root.getChildren().add(completion(c));
        }
        if (t.canWithdraw()) {
            Button w = ui.danger(ui.t("volunteer.task.withdraw"), vm::askToWithdraw);
            w.setGraphic(ui.icon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
            w.setId(ID_WITHDRAW);
            w.setDisable(c.sending());
            root.getChildren().add(Ui.section(Ui.muted(ui.t("volunteer.task.withdraw.when")), w));
        }
        dialogs(c);
    }

    private Node completion(TaskDetailUiState.Content c) {
        TextArea note = ui.textArea(3);
        note.setId(ID_NOTE);
        note.textProperty().bindBidirectional(vm.noteProperty());
        note.setDisable(c.sending());
        Ui.Field<TextArea> field = ui.field(ui.t("volunteer.task.note", TaskDetailViewModel.NOTE_MAX), note);
        A11y.showError(note, field.error(), c.noteError());
        Picker hours = ui.stepper(ID_HOURS, ui.t("volunteer.task.hours"), vm.quartersProperty(),
                TaskDetailViewModel.MIN_QUARTERS, TaskDetailViewModel.MAX_QUARTERS,
                q -> TaskTexts.hours(ui.messages(), q / 4.0));
        hours.showError().accept(c.hoursError());
        Button done = ui.primary(ui.t("volunteer.task.complete"), vm::complete);
        done.setGraphic(ui.icon(MaterialDesignC.CHECK_CIRCLE));
        done.setId(ID_COMPLETE);
        done.setDisable(c.sending());
        if (c.noteError() != null) {
            Platform.runLater(note::requestFocus);
        } else if (c.hoursError() != null) {
            Platform.runLater(hours.focusTarget()::requestFocus);
        }
        return Ui.section(Ui.heading(ui.t("volunteer.task.complete.heading")), field.box(), hours.box(), done);
    }

    private void dialogs(TaskDetailUiState.Content c) {
        if (c.dialog() == TaskDetailUiState.Dialog.NONE) {
            ui.overlay().close(ID_ACCEPT_DIALOG);
            ui.overlay().close(ID_WITHDRAW_DIALOG);
            return;
        }
        List<Node> body = new ArrayList<>();
        boolean accept = c.dialog() == TaskDetailUiState.Dialog.ACCEPT;
        body.add(Ui.body(ui.t(accept ? "volunteer.task.accept.what" : "volunteer.task.withdraw.what",
                c.task().kindName(), c.task().when())));
        if (c.error() != null) {
            Label e = ui.status(c.error(), Styles.Tone.ERROR);
            e.setId(ID_ERROR);
            body.add(e);
        }
        if (c.sending()) {
            body.add(ui.progress(ui.t("volunteer.task.sending")));
        }
        if (accept) {
            ui.overlay().show(ui, new Overlay.Spec(ID_ACCEPT_DIALOG, ui.t("volunteer.task.accept.question"), body, List.of(
                    new Overlay.Action(ID_ACCEPT_KEEP, ui.t("volunteer.task.accept.keep"), Overlay.Tone.SAFE, vm::keep,
                            c.sending()),
                    new Overlay.Action(ID_ACCEPT_CONFIRM, ui.t("volunteer.task.accept.confirm"), Overlay.Tone.CONFIRM,
                            vm::confirmAccept, c.sending())), c.sending() ? null : vm::keep, false));
        } else {
            ui.overlay().show(ui, new Overlay.Spec(ID_WITHDRAW_DIALOG, ui.t("volunteer.task.withdraw.question"), body,
                    List.of(new Overlay.Action(ID_WITHDRAW_KEEP, ui.t("volunteer.task.withdraw.keep"), Overlay.Tone.SAFE,
                                    vm::keep, c.sending()),
                            new Overlay.Action(ID_WITHDRAW_CONFIRM, ui.t("volunteer.task.withdraw.confirm"),
                                    Overlay.Tone.DANGER, vm::confirmWithdraw, c.sending())),
                    c.sending() ? null : vm::keep, false));
        }
    }

    @Override
    public String title() {
        return ui.t("volunteer.task.title");
    }
}
