package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.kit.Overlay;
import cn.huzhong.care.app.ui.kit.Picker;
import java.util.ArrayList;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.RequestEvent;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.api.ServiceRequestSummary;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.List;

/**
 * One request, top to bottom: what just happened, its status and next step, the plan (一人一策), the rating given,
 * the timeline (each step with when and by whom), what was asked for; then rating it (once completed) or
 * cancelling it (before the service starts, confirmed in place).
 */
public final class RequestDetailView extends StateScreen<RequestDetailUiState> {
    public static final String ID_STATUS = "request-status";
    public static final String ID_NOTICE = "request-notice";
    public static final String ID_PLAN = "request-plan";
    public static final String ID_TIMELINE = "request-timeline";
    public static final String ID_CANCEL = "request-cancel";
    public static final String ID_CANCEL_REASON = "request-cancel-reason";
    public static final String ID_CANCEL_CONFIRM = "request-cancel-confirm";
    public static final String ID_CANCEL_KEEP = "request-cancel-keep";
    public static final String ID_CANCEL_DIALOG = "request-cancel-dialog";
    public static final String ID_ERROR = "request-error";
    public static final String RATING_PREFIX = "request-rating-";
    public static final String ID_RATING_GROUP = "request-rating";
    public static final String ID_COMMENT = "request-comment";
    public static final String ID_RATE = "request-rate";
    public static final String HELP_PREFIX = "request-help-";

    private final RequestDetailViewModel vm;

    public RequestDetailView(RequestDetailViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(RequestDetailUiState s) {
        root.getChildren().clear();
        if (s instanceof RequestDetailUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("request.progress.text"), l.slowNote()));
        } else if (s instanceof RequestDetailUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof RequestDetailUiState.Content c) {
            content(c);
        }
    }

    private void content(RequestDetailUiState.Content c) {
        ServiceRequestDetail d = c.detail();
        ServiceRequestSummary sum = d.summary();
        if (c.notice() != null) {
            String said = c.notice();
            Label n = ui.status(said, Styles.Tone.OK);
            n.setId(ID_NOTICE);
            root.getChildren().add(n);
            ui.snackbar("notice-" + said, said);
            Ui.result(n, said);
        }
        root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
        Label status = ui.status(c.status(), c.tone());
        status.setId(ID_STATUS);
        VBox summary = Ui.card(Ui.title(sum.typeName()), status, Ui.body(sum.statusText()));
        if (sum.nextText() != null && !sum.nextText().isBlank()) {
            summary.getChildren().add(ui.fact(ui.t("request.next.label"), sum.nextText()));
        }
        if (d.reason() != null && !d.reason().isBlank()) {
            summary.getChildren().add(ui.fact(ui.t("request.reason.label"), d.reason()));
        }
        summary.getChildren().add(ui.fact(ui.t("request.created.label"), ui.messages().date(sum.createdOn())));
        root.getChildren().add(summary);
        if (d.plan() != null && !d.plan().isBlank()) {
            VBox plan = Ui.card(Ui.heading(ui.t("request.plan.heading")), Ui.body(d.plan()), ui.explain("yirenyice"));
            plan.setId(ID_PLAN);
            root.getChildren().add(plan);
        }
        if (d.rating() != null) {
            VBox given = Ui.card(Ui.heading(ui.t("request.rated.heading")),
                    Ui.body(ui.t("request.rating.option." + d.rating())));
            if (d.ratingComment() != null && !d.ratingComment().isBlank()) {
                given.getChildren().add(ui.fact(ui.t("request.comment.given"), d.ratingComment()));
            }
            root.getChildren().add(given);
        }
        root.getChildren().add(timeline(d.timeline()));
        if (d.tasks() != null && !d.tasks().isEmpty()) {
            root.getChildren().add(helpTasks(d.tasks()));
        }
        VBox asked = Ui.section(Ui.heading(ui.t("request.asked.heading")));
        for (RequestFields.Line line : RequestFields.describe(d.form(), ui.messages())) {
            asked.getChildren().add(ui.fact(line.label(), line.value()));
        }
        root.getChildren().add(asked);
        if (d.canRate()) {
            root.getChildren().add(rating(c));
        }
        if (d.canCancel()) {
            root.getChildren().add(cancel(c, sum.typeName()));
        } else {
            ui.overlay().close(ID_CANCEL_DIALOG);
        }
    }

    private Node timeline(List<RequestEvent> events) {
        VBox box = Ui.section(Ui.heading(ui.t("request.timeline.heading")));
        box.setId(ID_TIMELINE);
        int n = 1;
        for (RequestEvent e : events) {
            VBox item = Ui.card(Ui.heading(ui.t("request.timeline.step", n++, e.title())));
            if (e.at() != null) {
                item.getChildren().add(Ui.body(ui.t("request.timeline.at", ui.messages().dateTime(e.at().toInstant()))));
            }
            if (e.by() != null && !e.by().isBlank()) {
                item.getChildren().add(Ui.body(ui.t("request.timeline.by", e.by())));
            }
            if (e.note() != null && !e.note().isBlank()) {
                item.getChildren().add(Ui.muted(ui.t("request.timeline.note", e.note())));
            }
            box.getChildren().add(item);
        }
        return box;
    }

    /** The volunteers' help made from this request (issue 8), each opening to rate it or complain. */
    private Node helpTasks(List<cn.huzhong.care.core.api.LinkedTask> tasks) {
        VBox box = Ui.section(Ui.heading(ui.t("account.help.heading")));
        for (cn.huzhong.care.core.api.LinkedTask t : tasks) {
            String volunteer = t.volunteerFirstName() == null ? ui.t("account.help.noVolunteer")
                    : ui.t("account.help.by", t.volunteerFirstName());
            String spoken = ui.t("account.help.row", t.kindName(), t.when(), t.statusName(), volunteer);
            Button row = ui.row(spoken, () -> vm.openTask(t.id()), Ui.heading(t.kindName()), Ui.body(t.when()),
                    Ui.body(t.statusName()), Ui.muted(volunteer));
            row.setId(HELP_PREFIX + t.id());
            box.getChildren().add(row);
        }
        return box;
    }

    private Node rating(RequestDetailUiState.Content c) {
        boolean sending = c.rating() == RequestDetailUiState.Step.SENDING;
        Picker stars = ui.rating(ID_RATING_GROUP, ui.t("request.rating.label"), vm.ratingProperty().get(),
                vm.ratingProperty()::set);
        stars.showError().accept(c.ratingError());
        stars.box().setDisable(sending);
        TextArea comment = ui.textArea(3);
        comment.setId(ID_COMMENT);
        comment.textProperty().bindBidirectional(vm.commentProperty());
        comment.setDisable(sending);
        Ui.Field<TextArea> commentField = ui.field(ui.t("request.comment.label", RequestDetailViewModel.COMMENT_MAX), comment);
        A11y.showError(comment, commentField.error(), c.commentError());
        VBox box = Ui.section(Ui.heading(ui.t("request.rating.heading")), Ui.body(ui.t("request.rating.intro")),
                stars.box(), commentField.box());
        if (c.error() != null && c.cancel() == RequestDetailUiState.Step.IDLE) {
            box.getChildren().add(ui.failed(ID_ERROR, c.error()));
        }
        if (sending) {
            box.getChildren().add(ui.progress(ui.t("request.rating.progress")));
        }
        Button rate = ui.primary(ui.t("request.rating.submit"), vm::rate);
        rate.setGraphic(ui.icon(MaterialDesignS.SEND));
        rate.setId(ID_RATE);
        rate.setDisable(sending);
        box.getChildren().add(rate);
        if (c.ratingError() != null) {
            Platform.runLater(stars.focusTarget()::requestFocus);
        } else if (c.commentError() != null) {
            Platform.runLater(comment::requestFocus);
        }
        return box;
    }

    /** "Cancel this request" (a destructive action); confirming it, with an optional reason, in a dialog. */
    private Node cancel(RequestDetailUiState.Content c, String type) {
        Button b = ui.danger(ui.t("request.cancel.label", type), vm::askToCancel);
        b.setGraphic(ui.icon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        b.setId(ID_CANCEL);
        if (c.cancel() == RequestDetailUiState.Step.IDLE) {
            ui.overlay().close(ID_CANCEL_DIALOG);
            return Ui.section(Ui.muted(ui.t("request.cancel.when")), b);
        }
        boolean sending = c.cancel() == RequestDetailUiState.Step.SENDING;
        List<Node> body = new ArrayList<>();
        body.add(Ui.body(ui.t("request.cancel.what")));
        TextArea reason = ui.textArea(2);
        reason.setId(ID_CANCEL_REASON);
        reason.textProperty().bindBidirectional(vm.cancelReasonProperty());
        reason.setDisable(sending);
        body.add(ui.field(ui.t("request.cancel.reason.label"), reason).box());
        if (c.error() != null) {
            Label err = ui.status(c.error(), Styles.Tone.ERROR);
            err.setId(ID_ERROR);
            body.add(err);
        }
        if (sending) {
            body.add(ui.progress(ui.t("request.cancel.progress")));
        }
        ui.overlay().show(ui, new Overlay.Spec(ID_CANCEL_DIALOG, ui.t("request.cancel.question", type), body, List.of(
                new Overlay.Action(ID_CANCEL_KEEP, ui.t("request.cancel.keep"), Overlay.Tone.SAFE, vm::keep, sending),
                new Overlay.Action(ID_CANCEL_CONFIRM, ui.t("request.cancel.confirm", type), Overlay.Tone.DANGER,
                        vm::confirmCancel, sending)),
                sending ? null : vm::keep, false));
        return Ui.section(Ui.muted(ui.t("request.cancel.when")), b);
    }

    @Override
    public String title() {
        return ui.t("request.title");
    }

    @Override
    public boolean aboutPerson() {
        return true;
    }
}
