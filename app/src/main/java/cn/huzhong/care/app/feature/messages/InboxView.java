package cn.huzhong.care.app.feature.messages;

import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.OutboxCards;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/**
 * The inbox: what this phone could not send (refused by the server), how many messages are unread, "mark all
 * read", then every message newest first, unread ones saying so in words (and in bold, and with an icon).
 */
public final class InboxView extends StateScreen<InboxUiState> {
    public static final String ROW_PREFIX = "inbox-row-";
    public static final String ID_UNREAD = "inbox-unread";
    public static final String ID_READ_ALL = "inbox-read-all";
    public static final String ID_NOTICE = "inbox-notice";
    public static final String ID_REFUSED = "inbox-refused";

    private final InboxViewModel vm;

    public InboxView(InboxViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(InboxUiState s) {
        root.getChildren().clear();
        refused(s);
        if (s instanceof InboxUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("inbox.progress.text"), l.slowNote()));
        } else if (s instanceof InboxUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof InboxUiState.Content c) {
            content(c);
        }
    }

    private void refused(InboxUiState s) {
        if (s.refused().isEmpty()) {
            return;
        }
        VBox box = Ui.section(Ui.heading(ui.t("inbox.refused.heading")));
        box.setId(ID_REFUSED);
        for (OutboxItem item : s.refused()) {
            box.getChildren().add(OutboxCards.card(ui, item, vm::sendNow, () -> vm.chooseAgain(item), () -> vm.dismiss(item)));
        }
        root.getChildren().add(box);
    }

    private void content(InboxUiState.Content c) {
        if (c.notice() != null) {
            root.getChildren().add(ui.notice(ID_NOTICE, c.notice()));
        }
        root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
        Label count = ui.status(c.unreadText(), c.unreadTone());
        count.setId(ID_UNREAD);
        root.getChildren().add(count);
        if (c.error() != null) {
            root.getChildren().add(ui.status(c.error(), Styles.Tone.ERROR));
        }
        if (c.offerMarkAll()) {
            Button all = ui.secondary(ui.t("inbox.allRead.label"), MaterialDesignE.EMAIL_OPEN_MULTIPLE, vm::markAllRead);
            all.setId(ID_READ_ALL);
            all.setDisable(c.markingAll());
            root.getChildren().add(all);
        }
        if (c.messages().isEmpty()) {
            root.getChildren().add(Ui.body(ui.t("inbox.empty.text")));
        }
        for (InboxUiState.Row m : c.messages()) {
            root.getChildren().add(row(m));
        }
        Node more = ReadViews.loadMore(ui, c.more(), ui.t("inbox.title"), vm::loadMore);
        if (more != null) {
            root.getChildren().add(more);
        }
    }

    private Node row(InboxUiState.Row r) {
        var m = r.message();
        Label title = Ui.heading(m.title());
        Label body = Ui.body(m.body());
        Label at = Ui.muted(r.when());
        Button row;
        if (!r.unread()) {
            row = ui.row(r.spoken(), () -> vm.open(m), title, body, at);
        } else {
            Label mark = ui.status(ui.t("inbox.unread.mark"), Styles.Tone.INFO);
            mark.setGraphic(ui.icon(MaterialDesignE.EMAIL));
            row = ui.row(r.spoken(), () -> vm.open(m), mark, title, body, at);
            row.getStyleClass().add(Styles.UNREAD);
        }
        row.setId(ROW_PREFIX + m.id());
        return row;
    }


    @Override
    public String title() {
        return ui.t("inbox.title");
    }

    @Override
    public boolean aboutPerson() {
        return true;
    }
}
