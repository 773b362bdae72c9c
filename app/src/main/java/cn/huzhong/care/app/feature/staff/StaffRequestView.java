package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.kit.Overlay;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.api.LinkedTask;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.RequestEvent;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

import java.util.ArrayList;
import java.util.List;

/**
 * A service request for staff, top to bottom: what the last action did, whose request and where it stands, what
 * was asked, the plan, the provider and the help tasks; then the next step (with the plan field when the plan is
 * due), naming a provider, making a help task, and turning it down (danger, confirmed in a dialog with the
 * reason); the timeline last.
 */
public final class StaffRequestView extends StateScreen<StaffRequestUiState> {
    public static final String ID_NOTICE = "staff-request-notice";
    public static final String ID_ERROR = "staff-request-error";
    public static final String ID_STATUS = "staff-request-status";
    public static final String ID_PLAN = "staff-request-plan";
    public static final String ID_MOVE = "staff-request-move";
    public static final String ID_PROVIDER = "staff-request-provider";
    public static final String ID_PROVIDER_DIALOG = "staff-request-provider-dialog";
    public static final String PROVIDER_PREFIX = "staff-request-provider-";
    public static final String ID_PROVIDER_CONFIRM = "staff-request-provider-confirm";
    public static final String ID_PROVIDER_CLOSE = "staff-request-provider-close";
    public static final String ID_NEW_TASK = "staff-request-new-task";
    public static final String TASK_PREFIX = "staff-request-task-";
    public static final String ID_REJECT = "staff-request-reject";
    public static final String ID_REJECT_DIALOG = "staff-request-reject-dialog";
    public static final String ID_REASON = "staff-request-reason";
    public static final String ID_REJECT_KEEP = "staff-request-reject-keep";
    public static final String ID_REJECT_CONFIRM = "staff-request-reject-confirm";

    private final StaffRequestViewModel vm;
    private final ReasonDialog reject;

    public StaffRequestView(StaffRequestViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        this.reject = new ReasonDialog(ui);
        start(vm::load);
    }

    @Override
    protected void render(StaffRequestUiState s) {
        root.getChildren().clear();
        if (s instanceof StaffRequestUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("staff.request.progress"), l.slowNote()));
        } else if (s instanceof StaffRequestUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof StaffRequestUiState.Content c) {
            content(c);
        }
    }

    private void content(StaffRequestUiState.Content c) {
        ServiceRequestDetail d = c.detail();
        if (c.notice() != null) {
            root.getChildren().add(ui.notice(ID_NOTICE, c.notice()));
        }
        if (c.error() != null && c.dialog() == StaffRequestUiState.Dialog.NONE) {
            root.getChildren().add(ui.failed(ID_ERROR, c.error()));
        }
        root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
        Label status = ui.status(c.status(), c.tone());
        status.setId(ID_STATUS);
        VBox summary = Ui.card(Ui.title(d.summary().typeName()), Ui.heading(ui.t("staff.request.who", vm.residentName())),
                status, Ui.body(c.guide()));
        summary.getChildren().add(ui.fact(ui.t("staff.request.created"), ui.messages().date(d.summary().createdOn())));
        if (d.reason() != null && !d.reason().isBlank()) {
            summary.getChildren().add(ui.fact(ui.t("staff.request.reason"), d.reason()));
        }
        root.getChildren().add(summary);
        // what was asked and the plan come before the next step, which is about them; the timeline comes last
        root.getChildren().add(asked(d.form()));
        if (d.plan() != null && !d.plan().isBlank()) {
            root.getChildren().add(Ui.card(Ui.heading(ui.t("staff.request.plan.heading")), Ui.body(d.plan())));
        }
        if (c.move() != null) {
            root.getChildren().add(move(c));
        }
        if (c.open() || d.provider() != null) {
            root.getChildren().add(provider(c));
        }
        if (c.open() || !d.tasks().isEmpty()) {
            root.getChildren().add(tasks(c));
        }
        if (c.canReject()) {
            Button reject = ui.danger(ui.t("staff.request.reject"), vm::askToReject);
            reject.setGraphic(ui.icon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
            reject.setId(ID_REJECT);
            reject.setDisable(c.sending());
            root.getChildren().add(Ui.section(Ui.muted(ui.t("staff.request.reject.when")), reject));
        }
        root.getChildren().add(timeline(d.timeline()));
        dialogs(c);
    }

    private Node asked(CreateServiceRequest f) {
        VBox box = Ui.section(Ui.heading(ui.t("staff.request.asked")));
        if (f == null) {
            return box;
        }
        if (f.description() != null && !f.description().isBlank()) {
            box.getChildren().add(ui.fact(ui.t("staff.request.description"), f.description()));
        }
        if (f.preferredDate() != null) {
            box.getChildren().add(ui.fact(ui.t("staff.request.preferredDate"), ui.messages().date(f.preferredDate())));
        }
        if (f.startDate() != null) {
            box.getChildren().add(ui.fact(ui.t("staff.request.startDate"), ui.messages().date(f.startDate())));
        }
        if (f.timeOfDay() != null) {
            box.getChildren().add(ui.fact(ui.t("staff.request.timeOfDay"), ui.messages().core("timeOfDay." + f.timeOfDay())));
        }
        if (f.contactPhone() != null && !f.contactPhone().isBlank()) {
            box.getChildren().add(ui.fact(ui.t("staff.request.phone"), f.contactPhone()));
        }
        return box;
    }

    private Node move(StaffRequestUiState.Content c) {
        VBox box = Ui.section(Ui.heading(ui.t("staff.request.next.heading")));
        if (c.needsPlan()) {
            TextArea plan = ui.textArea(4);
            plan.setId(ID_PLAN);
            plan.textProperty().bindBidirectional(vm.planProperty());
            plan.setDisable(c.sending());
            Ui.Field<TextArea> field = ui.field(ui.t("staff.request.plan.label"), plan);
            field.error().setId(plan.getId() + "-error");
            A11y.showError(plan, field.error(), c.planError());
            box.getChildren().addAll(Ui.muted(ui.t("staff.request.plan.hint")), field.box());
            if (c.planError() != null) {
                Platform.runLater(plan::requestFocus);
            }
        }
        if (c.sending()) {
            box.getChildren().add(ui.progress(ui.t("staff.action.progress")));
        }
        Button go = ui.primary(c.move().label(), vm::moveOn);
        go.setGraphic(ui.icon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
        go.setId(ID_MOVE);
        go.setDisable(c.sending());
        box.getChildren().add(go);
        return box;
    }

    private Node provider(StaffRequestUiState.Content c) {
        ProviderDto p = c.detail().provider();
        VBox box = Ui.section(Ui.heading(ui.t("staff.request.provider.heading")),
                Ui.body(p == null ? ui.t("staff.request.provider.none") : ui.t("staff.request.provider.named", p.name(),
                        p.townName())));
        if (c.open() && c.dialog() == StaffRequestUiState.Dialog.PROVIDER) {
            box.getChildren().add(providerPicker(c));
        } else if (c.open()) {
            Button b = ui.secondary(p == null ? ui.t("staff.request.provider.choose") : ui.t("staff.request.provider.change"),
                    MaterialDesignO.OFFICE_BUILDING_MARKER_OUTLINE, vm::askForProvider);
            b.setId(ID_PROVIDER);
            b.setDisable(c.sending());
            box.getChildren().add(b);
        }
        return box;
    }

    private Node tasks(StaffRequestUiState.Content c) {
        VBox box = Ui.section(Ui.heading(ui.t("staff.request.tasks.heading")));
        List<LinkedTask> tasks = c.detail().tasks() == null ? List.of() : c.detail().tasks();
        if (tasks.isEmpty()) {
            box.getChildren().add(Ui.body(ui.t("staff.request.tasks.none")));
        }
        for (LinkedTask t : tasks) {
            String who = t.volunteerFirstName() == null ? ui.t("staff.task.noVolunteer")
                    : ui.t("staff.task.volunteer", t.volunteerFirstName());
            Button row = ui.row(ui.t("staff.request.task.spoken", t.kindName(), t.statusName(), t.when(), who),
                    MaterialDesignH.HAND_HEART, () -> vm.openTask(t.id()), Ui.heading(t.kindName()),
                    Ui.body(t.statusName()), Ui.body(t.when()), Ui.body(who));
            row.setId(TASK_PREFIX + t.id());
            box.getChildren().add(row);
        }
        if (c.open()) {
            Button add = ui.secondary(ui.t("staff.request.tasks.new"), MaterialDesignA.ACCOUNT_HEART_OUTLINE, vm::newTask);
            add.setId(ID_NEW_TASK);
            add.setDisable(c.sending());
            box.getChildren().add(add);
        }
        return box;
    }

    private Node timeline(List<RequestEvent> events) {
        VBox box = Ui.section(Ui.heading(ui.t("staff.request.timeline")));
        int n = 1;
        for (RequestEvent e : events == null ? List.<RequestEvent>of() : events) {
            VBox item = Ui.card(Ui.heading(ui.t("staff.timeline.step", n++, e.title())));
            if (e.at() != null) {
                item.getChildren().add(Ui.body(ui.messages().dateTime(e.at().toInstant())));
            }
            if (e.by() != null && !e.by().isBlank()) {
                item.getChildren().add(Ui.body(ui.t("staff.timeline.by", e.by())));
            }
            if (e.note() != null && !e.note().isBlank()) {
                item.getChildren().add(Ui.muted(e.note()));
            }
            box.getChildren().add(item);
        }
        return box;
    }

    private void dialogs(StaffRequestUiState.Content c) {
        switch (c.dialog()) {
            case NONE -> {
                reject.close(ID_REJECT_DIALOG);
                ui.overlay().close(ID_PROVIDER_DIALOG);
            }
            case REJECT -> rejectDialog(c);
            case PROVIDER -> reject.close(ID_REJECT_DIALOG);
        }
    }

    private void rejectDialog(StaffRequestUiState.Content c) {
        reject.show(new ReasonDialog.Spec(ID_REJECT_DIALOG, ui.t("staff.request.reject.question"),
                ui.t("staff.request.reject.what", vm.residentName()), ui.t("staff.reason.label"), ID_REASON,
                vm.reasonProperty(), c.reasonError(), c.error(), ID_ERROR, c.sending(),
                new Overlay.Action(ID_REJECT_KEEP, ui.t("staff.request.reject.keep"), Overlay.Tone.SAFE, vm::closeDialog,
                        c.sending()),
                new Overlay.Action(ID_REJECT_CONFIRM, ui.t("staff.request.reject.confirm"), Overlay.Tone.DANGER,
                        vm::confirmReject, c.sending()), vm::closeDialog));
    }

    /** The providers to choose from, on the page (a long list reads better there than in a dialog). */
    private Node providerPicker(StaffRequestUiState.Content c) {
        VBox box = Ui.card();
        box.setId(ID_PROVIDER_DIALOG);
        Label question = Ui.heading(ui.t("staff.request.provider.question"));
        question.setId(ID_PROVIDER_DIALOG + "-title");
        box.getChildren().add(question);
        if (c.providers() == null) {
            box.getChildren().add(ui.progress(ui.t("staff.request.provider.progress")));
        } else {
            Ui.Choice<Long> choice = ui.choice(ui.t("staff.request.provider.label"),
                    c.providers().stream().map(ProviderDto::id).toList(),
                    id -> c.providers().stream().filter(p -> p.id() == id).findFirst()
                            .map(p -> ui.t("staff.request.provider.option", p.name(), p.townName())).orElse(""),
                    vm.providerProperty().get(), vm.providerProperty()::set);
            for (int i = 0; i < choice.options().size(); i++) {
                choice.options().get(i).setId(PROVIDER_PREFIX + choice.values().get(i));
            }
            if (c.reasonError() != null) {
                choice.showError(c.reasonError());
                choice.first().requestFocus();
            }
            box.getChildren().add(choice.box());
        }
        if (c.error() != null) {
            Label err = ui.status(c.error(), Styles.Tone.ERROR);
            err.setId(ID_ERROR);
            box.getChildren().add(err);
        }
        if (c.sending()) {
            box.getChildren().add(ui.progress(ui.t("staff.action.progress")));
        }
        Button close = ui.secondary(ui.t("common.close"), null, vm::closeDialog);
        close.setId(ID_PROVIDER_CLOSE);
        close.setDisable(c.sending());
        Button confirm = ui.primary(ui.t("staff.request.provider.confirm"), vm::confirmProvider);
        confirm.setId(ID_PROVIDER_CONFIRM);
        confirm.setDisable(c.sending() || c.providers() == null);
        box.getChildren().addAll(confirm, close);
        if (c.reasonError() == null && c.providers() != null && !c.sending() && c.error() == null) {
            Ui.result(question, question.getText());
        }
        return box;
    }

    @Override
    public String title() {
        return ui.t("staff.request.title");
    }
}
