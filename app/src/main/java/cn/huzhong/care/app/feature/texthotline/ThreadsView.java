package cn.huzhong.care.app.feature.texthotline;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.Ui;
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
        if (s instanceof ThreadsUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("texthotline.progress.text"), l.slowNote()));
        } else if (s instanceof ThreadsUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof ThreadsUiState.Content c) {
            root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
            VBox list = Ui.section(Ui.heading(ui.t("texthotline.threads.heading")));
            if (c.threads().isEmpty()) {
                list.getChildren().add(Ui.body(ui.t("texthotline.threads.none")));
            }
            Node more = ReadViews.loadMore(ui, c.more(), ui.t("texthotline.threads.heading"), vm::loadMore);
            if (more != null) {
                list.getChildren().add(more);
            }
            for (ThreadsUiState.Row t : c.threads()) {
                list.getChildren().add(row(t));
            }
            root.getChildren().add(list);
        }
        Button write = ui.primary(ui.t("texthotline.write.label"), vm::write);
        write.setGraphic(ui.icon(MaterialDesignM.MESSAGE_PLUS));
        write.setId(ID_WRITE);
        root.getChildren().add(write);
    }

    private Node row(ThreadsUiState.Row r) {
        var t = r.thread();
        Label status = ui.status(t.statusText(), r.tone());
        Button row = ui.row(r.spoken(), () -> vm.open(t.id()), Ui.heading(t.topicName()), status,
                Ui.body(t.lastMessage()), Ui.muted(r.when()));
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
