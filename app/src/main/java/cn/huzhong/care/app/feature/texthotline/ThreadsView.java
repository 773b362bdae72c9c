package cn.huzhong.care.app.feature.texthotline;

import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.HotlineThreadSummary;
import cn.huzhong.care.core.domain.HotlineStatus;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The text hotline: what it is for and when the desk answers, the person's threads (topic, replied or waiting, the
 * latest message and when), and "write a new message" as the screen's primary action.
 */
public final class ThreadsView extends StateScreen<ThreadsUiState> {
    public static final String ROW_PREFIX = "hotline-thread-row-";
    public static final String ID_WRITE = "hotline-write";

    private final ThreadsViewModel vm;

    public ThreadsView(ThreadsViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(ThreadsUiState s) {
        root.getChildren().clear();
        root.getChildren().add(Ui.body(ui.t("texthotline.intro.text")));
        if (s instanceof ThreadsUiState.Loading) {
            root.getChildren().add(ui.progress(ui.t("texthotline.progress.text")));
        } else if (s instanceof ThreadsUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof ThreadsUiState.Content c) {
            root.getChildren().addAll(ui.cachedNoteWithReload(c.savedAt(), c.fromCache(), vm::load));
            VBox list = Ui.section(Ui.heading(ui.t("texthotline.threads.heading")));
            if (c.threads().isEmpty()) {
                list.getChildren().add(Ui.body(ui.t("texthotline.threads.none")));
            }
            for (HotlineThreadSummary t : c.threads()) {
                list.getChildren().add(row(t));
            }
            root.getChildren().add(list);
        }
        Button write = ui.primary(ui.t("texthotline.write.label"), vm::write);
        write.setGraphic(ui.icon(MaterialDesignM.MESSAGE_PLUS));
        write.setId(ID_WRITE);
        root.getChildren().add(write);
    }

    private Node row(HotlineThreadSummary t) {
        boolean answered = t.status() == HotlineStatus.ANSWERED;
        Label status = ui.status(t.statusText(), answered ? Styles.Tone.OK : Styles.Tone.INFO);
        String when = ui.messages().dateTime(t.lastMessageAt().toInstant());
        String spoken = ui.t("texthotline.row.spoken", t.topicName(), t.statusText(), when, t.lastMessage(),
                String.valueOf(t.id()));
        Button row = ui.row(spoken, () -> vm.open(t.id()), Ui.heading(t.topicName()), status,
                Ui.body(t.lastMessage()), Ui.muted(ui.t("texthotline.row.when", when)));
        row.setId(ROW_PREFIX + t.id());
        return row;
    }


    @Override
    public String title() {
        return ui.t("texthotline.title");
    }

    @Override
    public boolean aboutPerson() {
        return true;
    }
}
