package cn.huzhong.care.app.feature.account;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.kit.Overlay;
import cn.huzhong.care.app.ui.kit.Picker;
import cn.huzhong.care.core.api.TaskDto;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.ArrayList;
import java.util.List;

/** The help, its rating once given, then rating it (stars and a comment) and the way to complain (a dialog). */
public final class HelpTaskView extends StateScreen<HelpTaskUiState> {
    public static final String ID_NOTICE = "help-notice";
    public static final String ID_ERROR = "help-error";
    public static final String ID_RATING = "help-rating";
    public static final String ID_COMMENT = "help-comment";
    public static final String ID_RATE = "help-rate";
    public static final String ID_COMPLAIN = "help-complain";
    public static final String ID_DIALOG = "help-complaint-dialog";
    public static final String ID_BODY = "help-complaint-body";
    public static final String ID_SEND = "help-complaint-send";
    public static final String ID_KEEP = "help-complaint-keep";

    private final HelpTaskViewModel vm;

    public HelpTaskView(HelpTaskViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(HelpTaskUiState s) {
        root.getChildren().clear();
        if (s instanceof HelpTaskUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("account.help.progress"), l.slowNote()));
        } else if (s instanceof HelpTaskUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof HelpTaskUiState.Content c) {
            content(c);
        }
    }

    private void content(HelpTaskUiState.Content c) {
        TaskDto t = c.task();
        if (c.notice() != null) {
            Label n = ui.status(c.notice(), Styles.Tone.OK);
            n.setId(ID_NOTICE);
            root.getChildren().add(n);
            Ui.result(n, c.notice());
        }
        if (c.error() != null && !c.complaining()) {
            root.getChildren().add(ui.failed(ID_ERROR, c.error()));
        }
        root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
        Styles.Tone tone = t.status() == cn.huzhong.care.core.domain.TaskStatus.COMPLETED ? Styles.Tone.OK
                : t.status() == cn.huzhong.care.core.domain.TaskStatus.CANCELLED ? Styles.Tone.ERROR : Styles.Tone.INFO;
        VBox card = Ui.card(Ui.title(t.kindName()), ui.status(ui.t("volunteer.task.status", t.statusName()), tone),
                ui.fact(ui.t("volunteer.task.when"), t.when()), ui.fact(ui.t("volunteer.task.needed"), t.needed()));
        if (t.volunteerName() != null) {
            card.getChildren().add(ui.fact(ui.t("account.help.volunteer"), t.volunteerName()));
        }
        if (t.completionNote() != null) {
            card.getChildren().add(ui.fact(ui.t("volunteer.task.done.note"), t.completionNote()));
        }
        if (t.rating() != null) {
            card.getChildren().add(ui.fact(ui.t("account.help.rated.label"), ui.t("picker.rating.words." + t.rating())
                    + (t.ratingComment() == null ? "" : "：" + t.ratingComment())));
        }
        root.getChildren().add(card);
        if (t.canRate()) {
            root.getChildren().add(rating(c));
        }
        if (t.canComplain()) {
            Button complain = ui.secondary(ui.t("account.help.complain"), MaterialDesignA.ALERT_OCTAGON_OUTLINE,
                    vm::askToComplain);
            complain.setId(ID_COMPLAIN);
            root.getChildren().add(Ui.section(Ui.muted(ui.t("account.help.complain.when")), complain));
        }
        dialog(c);
    }

    private Node rating(HelpTaskUiState.Content c) {
        Picker stars = ui.rating(ID_RATING, ui.t("account.help.rating.label"), vm.ratingProperty().get(),
                vm.ratingProperty()::set);
        stars.showError().accept(c.ratingError());
        TextArea comment = ui.textArea(3);
        comment.setId(ID_COMMENT);
        comment.textProperty().bindBidirectional(vm.commentProperty());
        Ui.Field<TextArea> field = ui.field(ui.t("account.help.comment", HelpTaskViewModel.COMMENT_MAX), comment);
        A11y.showError(comment, field.error(), c.complaining() ? null : c.bodyError());
        Button rate = ui.primary(ui.t("account.help.rate"), vm::rate);
        rate.setGraphic(ui.icon(MaterialDesignS.SEND));
        rate.setId(ID_RATE);
        rate.setDisable(c.sending());
        if (c.ratingError() != null) {
            Platform.runLater(stars.focusTarget()::requestFocus);
        }
        return Ui.section(Ui.heading(ui.t("account.help.rating.heading")), stars.box(), field.box(), rate);
    }

    private void dialog(HelpTaskUiState.Content c) {
        if (!c.complaining()) {
            ui.overlay().close(ID_DIALOG);
            return;
        }
        List<Node> body = new ArrayList<>();
        body.add(Ui.body(ui.t("account.help.complain.what")));
        TextArea text = ui.textArea(4);
        text.setId(ID_BODY);
        text.textProperty().bindBidirectional(vm.complaintProperty());
        text.setDisable(c.sending());
        Ui.Field<TextArea> field = ui.field(ui.t("account.help.complain.label", HelpTaskViewModel.COMPLAINT_MAX), text);
        A11y.showError(text, field.error(), c.bodyError());
        body.add(field.box());
        if (c.error() != null) {
            Label e = ui.status(c.error(), Styles.Tone.ERROR);
            e.setId(ID_ERROR);
            body.add(e);
        }
        if (c.sending()) {
            body.add(ui.progress(ui.t("account.data.sending")));
        }
        ui.overlay().show(ui, new Overlay.Spec(ID_DIALOG, ui.t("account.help.complain.title"), body, List.of(
                new Overlay.Action(ID_KEEP, ui.t("account.help.complain.keep"), Overlay.Tone.SAFE, vm::keep, c.sending()),
                new Overlay.Action(ID_SEND, ui.t("account.help.complain.send"), Overlay.Tone.CONFIRM, vm::complain,
                        c.sending())), c.sending() ? null : vm::keep, false));
        if (c.bodyError() != null) {
            Platform.runLater(text::requestFocus);
        }
    }

    @Override
    public String title() {
        return ui.t("account.help.title");
    }

    @Override
    public boolean aboutPerson() {
        return true;
    }
}
