package cn.huzhong.care.app.feature.texthotline;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.HotlineThreadSummary;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * A thread: its topic and whether the desk has replied, a way to look for new replies, every message oldest first
 * (who wrote it, in words and with an icon, and when), then writing again.
 */
public final class ThreadView extends StateScreen<ThreadUiState> {
    public static final String ID_STATUS = "thread-status";
    public static final String ID_REFRESH = "thread-refresh";
    public static final String ID_MESSAGES = "thread-messages";
    public static final String ID_REPLY = "thread-reply";
    public static final String ID_SEND = "thread-send";
    public static final String ID_NOTICE = "thread-notice";
    public static final String ID_FORM_MESSAGE = "thread-form-message";

    private final ThreadViewModel vm;

    public ThreadView(ThreadViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(ThreadUiState s) {
        root.getChildren().clear();
        if (s instanceof ThreadUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("thread.progress.text"), l.slowNote()));
        } else if (s instanceof ThreadUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof ThreadUiState.Content c) {
            content(c);
        }
    }

    private void content(ThreadUiState.Content c) {
        HotlineThreadSummary sum = c.detail().summary();
        Label note = ReadViews.note(ui, c.freshness());
        if (note != null) {
            root.getChildren().add(note);
        }
        Label status = ui.status(c.status(), c.tone());
        status.setId(ID_STATUS);
        Button refresh = ui.secondary(ui.t("thread.refresh.label"), MaterialDesignR.REFRESH, vm::load);
        refresh.setId(ID_REFRESH);
        root.getChildren().addAll(Ui.title(sum.topicName()), status, refresh);
        VBox list = new VBox();
        list.setId(ID_MESSAGES);
        list.setSpacing(ui.mode().fontPx() * 0.6);
        for (ThreadUiState.Message m : c.messages()) {
            list.getChildren().add(message(m));
        }
        root.getChildren().add(list);
        root.getChildren().add(reply(c));
    }

    private Node message(ThreadUiState.Message m) {
        Label who = Ui.text(m.who(), Styles.FIELD_LABEL);
        who.setGraphic(ui.icon(m.fromDesk() ? MaterialDesignH.HEADSET : MaterialDesignA.ACCOUNT));
        VBox card = Ui.card(who, Ui.body(m.message().body()));
        card.getStyleClass().add(m.fromDesk() ? Styles.MESSAGE_DESK : Styles.MESSAGE_MINE);
        return card;
    }

    private Node reply(ThreadUiState.Content c) {
        VBox box = Ui.section(Ui.heading(ui.t("thread.reply.heading")));
        if (c.notice() != null) {
            box.getChildren().add(ui.notice(ID_NOTICE, c.notice()));
        }
        TextArea area = ui.textArea(3);
        area.setId(ID_REPLY);
        area.textProperty().bindBidirectional(vm.replyProperty());
        area.setDisable(c.sending());
        Ui.Field<TextArea> field = ui.field(ui.t("thread.reply.label"), area);
        A11y.showError(area, field.error(), c.replyError());
        box.getChildren().add(field.box());
        if (c.sending()) {
            box.getChildren().add(ui.progress(ui.t("texthotline.send.progress")));
        }
        if (c.formMessage() != null) {
            Label m = ui.status(c.formMessage(), Styles.Tone.ERROR);
            m.setId(ID_FORM_MESSAGE);
            box.getChildren().add(m);
        }
        Button send = ui.primary(ui.t("thread.send.label"), vm::send);
        send.setGraphic(ui.icon(MaterialDesignS.SEND));
        send.setId(ID_SEND);
        send.setDisable(c.sending());
        box.getChildren().add(send);
        if (c.replyError() != null) {
            Platform.runLater(area::requestFocus);
        }
        return box;
    }


    @Override
    public String title() {
        return ui.t("thread.title");
    }

    @Override
    public boolean aboutPerson() {
        return true;
    }
}
