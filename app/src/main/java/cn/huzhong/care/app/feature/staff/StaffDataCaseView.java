package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.kit.Overlay;
import cn.huzhong.care.app.ui.kit.Picker;
import cn.huzhong.care.core.api.DataCaseDto;
import cn.huzhong.care.core.domain.DataCaseStatus;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.ArrayList;
import java.util.List;

/**
 * A personal-data case for staff: whose, what they ask and why; then the outcome (segmented), the new values for a
 * correction, and the answer the person reads. A granted deletion is confirmed in a dialog (danger) first. Once
 * answered: the answer, what was done and what is kept.
 */
public final class StaffDataCaseView extends StateScreen<StaffDataCaseUiState> {
    public static final String ID_NOTICE = "staff-datacase-notice";
    public static final String ID_ERROR = "staff-datacase-error";
    public static final String ID_STATUS = "staff-datacase-status";
    public static final String ID_OUTCOME = "staff-datacase-outcome";
    public static final String ID_NAME = "staff-datacase-name";
    public static final String ID_PHONE = "staff-datacase-phone";
    public static final String ID_ADDRESS = "staff-datacase-address";
    public static final String ID_ANSWER = "staff-datacase-answer";
    public static final String ID_SEND = "staff-datacase-send";
    public static final String ID_DIALOG = "staff-datacase-dialog";
    public static final String ID_KEEP = "staff-datacase-keep";
    public static final String ID_CONFIRM = "staff-datacase-confirm";
    public static final String ID_DONE = "staff-datacase-done";

    private final StaffDataCaseViewModel vm;

    public StaffDataCaseView(StaffDataCaseViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(null);
    }

    @Override
    protected void render(StaffDataCaseUiState s) {
        root.getChildren().clear();
        if (s instanceof StaffDataCaseUiState.Content c) {
            content(c);
        }
    }

    private void content(StaffDataCaseUiState.Content c) {
        DataCaseDto k = c.dataCase();
        if (c.notice() != null) {
            root.getChildren().add(ui.notice(ID_NOTICE, c.notice()));
        }
        Label status = ui.status(c.status(), c.tone());
        status.setId(ID_STATUS);
        root.getChildren().add(Ui.card(Ui.title(k.kindName()), Ui.heading(ui.t("staff.request.who", k.residentName())),
                status, ui.fact(ui.t("staff.complaint.town"), k.town().displayName(ui.messages().lang())),
                ui.fact(ui.t("staff.complaint.filed"), ui.messages().dateTime(k.createdAt().toInstant()))));
        root.getChildren().add(Ui.card(Ui.heading(ui.t("staff.dataCase.asked")), Ui.body(k.details())));
        if (!c.open()) {
            answered(k);
            return;
        }
        root.getChildren().add(form(c));
        dialog(c);
    }

    private void answered(DataCaseDto k) {
        VBox box = Ui.card(Ui.heading(ui.t("staff.dataCase.answer.heading")));
        box.setId(ID_DONE);
        if (k.answer() != null) {
            box.getChildren().add(Ui.body(k.answer()));
        }
        if (k.answeredAt() != null) {
            box.getChildren().add(Ui.muted(ui.messages().dateTime(k.answeredAt().toInstant())));
        }
        if (k.done() != null && !k.done().isEmpty()) {
            box.getChildren().add(Ui.heading(ui.t("staff.dataCase.done")));
            k.done().forEach(d -> box.getChildren().add(Ui.body("• " + d)));
        }
        if (k.kept() != null && !k.kept().isEmpty()) {
            box.getChildren().add(Ui.heading(ui.t("staff.dataCase.kept")));
            k.kept().forEach(d -> box.getChildren().add(Ui.body("• " + d)));
        }
        root.getChildren().add(box);
    }

    private VBox form(StaffDataCaseUiState.Content c) {
        StaffDataCaseUiState.Errors e = c.errors();
        Picker outcome = ui.segmented(ID_OUTCOME, ui.t("staff.dataCase.outcome.label"), StaffDataCaseViewModel.OUTCOMES,
                vm::outcomeName, c.outcome(), vm::choose);
        outcome.showError().accept(e.outcome());
        VBox box = Ui.section(Ui.heading(ui.t("staff.dataCase.answer.heading")),
                Ui.muted(ui.t(c.correction() ? "staff.dataCase.hint.correction" : "staff.dataCase.hint.deletion")),
                outcome.node());
        Control focus = e.outcome() != null ? outcome.focusTarget() : null;
        if (c.correction() && c.outcome() != null && c.outcome() != DataCaseStatus.REFUSED) {
            box.getChildren().add(Ui.muted(ui.t("staff.dataCase.fix.hint")));
            TextField name = field(box, ID_NAME, "staff.dataCase.fix.name", vm.nameProperty(), e.name(), c.sending());
            TextField phone = field(box, ID_PHONE, "staff.dataCase.fix.phone", vm.phoneProperty(), e.phone(),
                    c.sending());
            TextField address = field(box, ID_ADDRESS, "staff.dataCase.fix.address", vm.addressProperty(), e.address(),
                    c.sending());
            if (focus == null) {
                focus = e.name() != null ? name : e.phone() != null ? phone : e.address() != null ? address : null;
            }
        }
        TextArea answer = ui.textArea(4);
        answer.setId(ID_ANSWER);
        answer.textProperty().bindBidirectional(vm.answerProperty());
        answer.setDisable(c.sending());
        Ui.Field<TextArea> field = ui.field(ui.t("staff.dataCase.answer.label"), answer);
        field.error().setId(ID_ANSWER + "-error");
        A11y.showError(answer, field.error(), e.answer());
        box.getChildren().addAll(Ui.muted(ui.t("staff.dataCase.answer.hint")), field.box());
        if (focus == null && e.answer() != null) {
            focus = answer;
        }
        if (c.error() != null && !c.confirming()) {
            box.getChildren().add(ui.failed(ID_ERROR, c.error()));
        }
        if (c.sending() && !c.confirming()) {
            box.getChildren().add(ui.progress(ui.t("staff.action.progress")));
        }
        Button send = ui.primary(ui.t("staff.dataCase.send"), vm::send);
        send.setGraphic(ui.icon(MaterialDesignS.SEND));
        send.setId(ID_SEND);
        send.setDisable(c.sending());
        box.getChildren().add(send);
        if (focus != null) {
            Platform.runLater(focus::requestFocus);
        }
        return box;
    }

    private TextField field(VBox box, String id, String key, StringProperty value, String error, boolean sending) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setDisable(sending);
        Ui.Field<TextField> field = ui.field(ui.t(key), f);
        field.error().setId(id + "-error");
        A11y.showError(f, field.error(), error);
        box.getChildren().add(field.box());
        return f;
    }

    private void dialog(StaffDataCaseUiState.Content c) {
        if (!c.confirming()) {
            ui.overlay().close(ID_DIALOG);
            return;
        }
        List<Node> body = new ArrayList<>();
        body.add(Ui.body(ui.t("staff.dataCase.delete.what", c.dataCase().residentName())));
        if (c.error() != null) {
            Label err = ui.status(c.error(), Styles.Tone.ERROR);
            err.setId(ID_ERROR);
            body.add(err);
        }
        if (c.sending()) {
            body.add(ui.progress(ui.t("staff.action.progress")));
        }
        ui.overlay().show(ui, new Overlay.Spec(ID_DIALOG, ui.t("staff.dataCase.delete.question"), body, List.of(
                new Overlay.Action(ID_KEEP, ui.t("staff.dataCase.delete.keep"), Overlay.Tone.SAFE, vm::keep, c.sending()),
                new Overlay.Action(ID_CONFIRM, ui.t("staff.dataCase.delete.confirm"), Overlay.Tone.DANGER, vm::confirm,
                        c.sending())), c.sending() ? null : vm::keep, false));
    }

    @Override
    public String title() {
        return ui.t("staff.dataCase.title");
    }
}
