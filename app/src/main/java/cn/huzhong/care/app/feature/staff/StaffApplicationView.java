package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.kit.Overlay;
import cn.huzhong.care.core.api.PaymentDto;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.TimelineEntry;
import cn.huzhong.care.core.domain.Money;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.ArrayList;
import java.util.List;

/**
 * An application for staff: whose, which benefit, where it stands; move it on (primary), record a payment (a month
 * chosen in a sheet), turn it down (danger, confirmed with the reason); the steps and the payments so far.
 */
public final class StaffApplicationView extends StateScreen<StaffApplicationUiState> {
    public static final String ID_NOTICE = "staff-application-notice";
    public static final String ID_ERROR = "staff-application-error";
    public static final String ID_STATUS = "staff-application-status";
    public static final String ID_ADVANCE = "staff-application-advance";
    public static final String ID_PAY = "staff-application-pay";
    public static final String ID_PAY_DIALOG = "staff-application-pay-dialog";
    public static final String MONTH_PREFIX = "staff-application-month-";
    public static final String ID_PAY_CONFIRM = "staff-application-pay-confirm";
    public static final String ID_REJECT = "staff-application-reject";
    public static final String ID_REJECT_DIALOG = "staff-application-reject-dialog";
    public static final String ID_REASON = "staff-application-reason";
    public static final String ID_KEEP = "staff-application-keep";
    public static final String ID_REJECT_CONFIRM = "staff-application-reject-confirm";

    private final StaffApplicationViewModel vm;
    private final ReasonDialog reject;

    public StaffApplicationView(StaffApplicationViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        this.reject = new ReasonDialog(ui);
        start(vm::load);
    }

    @Override
    protected void render(StaffApplicationUiState s) {
        root.getChildren().clear();
        if (s instanceof StaffApplicationUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("staff.application.progress"), l.slowNote()));
        } else if (s instanceof StaffApplicationUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof StaffApplicationUiState.Content c) {
            content(c);
        }
    }

    private void content(StaffApplicationUiState.Content c) {
        SubsidyDetail d = c.detail();
        if (c.notice() != null) {
            root.getChildren().add(ui.notice(ID_NOTICE, c.notice()));
        }
        if (c.error() != null && c.dialog() == StaffApplicationUiState.Dialog.NONE) {
            root.getChildren().add(ui.failed(ID_ERROR, c.error()));
        }
        root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
        Label status = ui.status(c.status(), c.tone());
        status.setId(ID_STATUS);
        VBox card = Ui.card(Ui.title(d.summary().name()), Ui.heading(ui.t("staff.request.who", vm.residentName())),
                status, Ui.body(d.summary().statusText()), ui.fact(ui.t("staff.application.amount"),
                d.summary().amountText()));
        if (d.summary().submittedOn() != null) {
            card.getChildren().add(ui.fact(ui.t("staff.application.submitted"), ui.messages().date(d.summary().submittedOn())));
        }
        if (d.reason() != null && !d.reason().isBlank()) {
            card.getChildren().add(ui.fact(ui.t("staff.request.reason"), d.reason()));
        }
        root.getChildren().add(card);
        if (c.advance() != null) {
            Button go = ui.primary(c.advance(), vm::advance);
            go.setGraphic(ui.icon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
            go.setId(ID_ADVANCE);
            go.setDisable(c.sending());
            VBox box = Ui.section(Ui.heading(ui.t("staff.request.next.heading")), go);
            if (c.sending() && c.dialog() == StaffApplicationUiState.Dialog.NONE) {
                box.getChildren().add(ui.progress(ui.t("staff.action.progress")));
            }
            root.getChildren().add(box);
        }
        if (!c.months().isEmpty()) {
            Button pay = ui.secondary(ui.t("staff.application.pay"), MaterialDesignC.CASH_PLUS, vm::askToPay);
            pay.setId(ID_PAY);
            pay.setDisable(c.sending());
            root.getChildren().add(Ui.section(Ui.heading(ui.t("staff.application.pay.heading")), pay));
        }
        if (c.canReject()) {
            Button reject = ui.danger(ui.t("staff.application.reject"), vm::askToReject);
            reject.setGraphic(ui.icon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
            reject.setId(ID_REJECT);
            reject.setDisable(c.sending());
            root.getChildren().add(Ui.section(Ui.muted(ui.t("staff.application.reject.when")), reject));
        }
        root.getChildren().addAll(steps(d), payments(d));
        switch (c.dialog()) {
            case NONE -> {
                reject.close(ID_REJECT_DIALOG);
                ui.overlay().close(ID_PAY_DIALOG);
            }
            case REJECT -> rejectDialog(c);
            case PAY -> payDialog(c);
        }
    }

    private Node steps(SubsidyDetail d) {
        VBox box = Ui.section(Ui.heading(ui.t("staff.application.steps")));
        int n = 1;
        for (TimelineEntry e : d.timeline() == null ? List.<TimelineEntry>of() : d.timeline()) {
            VBox item = Ui.card(Ui.heading(ui.t("staff.timeline.step", n++, e.title())),
                    Ui.body(ui.messages().core("timeline.state." + e.state())));
            if (e.at() != null) {
                item.getChildren().add(Ui.body(ui.messages().dateTime(e.at().toInstant())));
            }
            if (e.by() != null && !e.by().isBlank()) {
                item.getChildren().add(Ui.body(ui.t("staff.timeline.by", e.by())));
            }
            box.getChildren().add(item);
        }
        return box;
    }

    private Node payments(SubsidyDetail d) {
        VBox box = Ui.section(Ui.heading(ui.t("staff.application.payments")));
        List<PaymentDto> payments = d.payments() == null ? List.of() : d.payments();
        if (payments.isEmpty()) {
            box.getChildren().add(Ui.body(ui.t("staff.application.payments.none")));
        }
        for (PaymentDto p : payments.subList(0, Math.min(6, payments.size()))) {
            box.getChildren().add(Ui.body(ui.t("staff.application.payment", vm.monthName(p.period()),
                    Money.format(p.amountFen(), ui.messages().lang()))));
        }
        return box;
    }

    private void rejectDialog(StaffApplicationUiState.Content c) {
        reject.show(new ReasonDialog.Spec(ID_REJECT_DIALOG, ui.t("staff.application.reject.question"),
                ui.t("staff.application.reject.what", vm.residentName()), ui.t("staff.reason.label"), ID_REASON,
                vm.reasonProperty(), c.fieldError(), c.error(), ID_ERROR, c.sending(),
                new Overlay.Action(ID_KEEP, ui.t("staff.request.reject.keep"), Overlay.Tone.SAFE, vm::closeDialog,
                        c.sending()),
                new Overlay.Action(ID_REJECT_CONFIRM, ui.t("staff.application.reject.confirm"), Overlay.Tone.DANGER,
                        vm::confirmReject, c.sending()), vm::closeDialog));
    }

    private void payDialog(StaffApplicationUiState.Content c) {
        List<Node> body = new ArrayList<>();
        body.add(Ui.body(ui.t("staff.application.pay.what", c.detail().summary().amountText())));
        Ui.Choice<String> month = ui.choice(ui.t("staff.application.pay.month"), c.months(), vm::monthName,
                vm.monthProperty().get(), vm.monthProperty()::set);
        for (int i = 0; i < month.options().size(); i++) {
            month.options().get(i).setId(MONTH_PREFIX + month.values().get(i));
        }
        if (c.fieldError() != null) {
            month.showError(c.fieldError());
        }
        body.add(month.box());
        addErrorAndProgress(c, body);
        ui.overlay().show(ui, new Overlay.Spec(ID_PAY_DIALOG, ui.t("staff.application.pay.question"), body, List.of(
                new Overlay.Action(ID_KEEP, ui.t("common.close"), Overlay.Tone.SAFE, vm::closeDialog, c.sending()),
                new Overlay.Action(ID_PAY_CONFIRM, ui.t("staff.application.pay.confirm"), Overlay.Tone.CONFIRM,
                        vm::confirmPay, c.sending())), c.sending() ? null : vm::closeDialog, true));
    }

    private void addErrorAndProgress(StaffApplicationUiState.Content c, List<Node> body) {
        if (c.error() != null) {
            Label err = ui.status(c.error(), Styles.Tone.ERROR);
            err.setId(ID_ERROR);
            body.add(err);
        }
        if (c.sending()) {
            body.add(ui.progress(ui.t("staff.action.progress")));
        }
    }

    @Override
    public String title() {
        return ui.t("staff.application.title");
    }
}
