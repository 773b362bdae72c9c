package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.HotlineMessageDto;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** A text-hotline thread for the desk: topic, every message with who wrote it and when, then the reply. */
public final class StaffThreadView extends StateScreen<StaffThreadUiState> {
    public static final String ID_NOTICE = "staff-thread-notice";
    public static final String ID_ERROR = "staff-thread-error";
    public static final String ID_REPLY = "staff-thread-reply";
    public static final String ID_SEND = "staff-thread-send";
    public static final String ID_MESSAGES = "staff-thread-messages";

    private final StaffThreadViewModel vm;

    public StaffThreadView(StaffThreadViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(StaffThreadUiState s) {
        root.getChildren().clear();
        if (s instanceof StaffThreadUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("staff.thread.progress"), l.slowNote()));
        } else if (s instanceof StaffThreadUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof StaffThreadUiState.Content c) {
            content(c);
        }
    }

    private void content(StaffThreadUiState.Content c) {
        if (c.notice() != null) {
            root.getChildren().add(ui.notice(ID_NOTICE, c.notice()));
        }
        root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
        root.getChildren().add(Ui.card(Ui.title(c.thread().summary().topicName()),
                Ui.heading(ui.t("staff.request.who", vm.residentName())),
                ui.status(c.thread().summary().statusText(), Styles.Tone.INFO)));
        VBox list = Ui.section(Ui.heading(ui.t("staff.thread.messages")));
        list.setId(ID_MESSAGES);
        for (HotlineMessageDto m : c.thread().messages()) {
            VBox card = Ui.card(Ui.heading(m.fromDesk() ? ui.t("staff.thread.fromDesk", m.by() == null ? "" : m.by())
                    : ui.t("staff.thread.fromPerson", m.by() == null ? vm.residentName() : m.by())),
                    Ui.body(m.body()), Ui.muted(ui.messages().dateTime(m.at().toInstant())));
            card.getStyleClass().add(m.fromDesk() ? Styles.MESSAGE_DESK : Styles.MESSAGE_MINE);
            list.getChildren().add(card);
        }
        root.getChildren().add(list);
        TextArea reply = ui.textArea(4);
        reply.setId(ID_REPLY);
        reply.textProperty().bindBidirectional(vm.replyProperty());
        reply.setDisable(c.sending());
        Ui.Field<TextArea> field = ui.field(ui.t("staff.thread.reply.label"), reply);
        field.error().setId(reply.getId() + "-error");
        A11y.showError(reply, field.error(), c.replyError());
        VBox box = Ui.section(Ui.heading(ui.t("staff.thread.reply.heading")), Ui.muted(ui.t("staff.thread.reply.hint")),
                field.box());
        if (c.error() != null) {
            box.getChildren().add(ui.failed(ID_ERROR, c.error()));
        }
        if (c.sending()) {
            box.getChildren().add(ui.progress(ui.t("staff.action.progress")));
        }
        Button send = ui.primary(ui.t("staff.thread.send"), vm::send);
        send.setGraphic(ui.icon(MaterialDesignS.SEND));
        send.setId(ID_SEND);
        send.setDisable(c.sending());
        box.getChildren().add(send);
        root.getChildren().add(box);
        if (c.replyError() != null) {
            Platform.runLater(reply::requestFocus);
        }
    }

    @Override
    public String title() {
        return ui.t("staff.thread.title");
    }
}
