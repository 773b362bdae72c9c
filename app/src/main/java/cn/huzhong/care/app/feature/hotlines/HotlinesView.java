package cn.huzhong.care.app.feature.hotlines;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.Screen;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.HotlineDto;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** Hotlines: each line's name, what it handles, its hours, and a call action naming the number. */
public final class HotlinesView implements Screen {
    public static final String CALL_PREFIX = "hotline-call-";
    public static final String WRITE_PREFIX = "hotline-write-";

    private final HotlinesViewModel vm;
    private final Ui ui;
    private final VBox root;

    public HotlinesView(HotlinesViewModel vm, Ui ui) {
        this.vm = vm;
        this.ui = ui;
        root = ui.screen();
        vm.stateProperty().addListener((obs, old, s) -> render(s));
        vm.load();
        render(vm.state());
    }

    private void render(HotlinesUiState s) {
        root.getChildren().clear();
        if (s instanceof HotlinesUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("hotlines.progress.text"), l.slowNote()));
        } else if (s instanceof HotlinesUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof HotlinesUiState.Content c) {
            Label note = ReadViews.note(ui, c.freshness());
            if (note != null) {
                root.getChildren().add(note);
            }
            root.getChildren().add(Ui.body(ui.t("hotlines.intro.text")));
            for (HotlineDto h : c.hotlines()) {
                root.getChildren().add(card(h));
            }
        }
    }

    private Node card(HotlineDto h) {
        VBox card = Ui.card(Ui.heading(h.name()));
        if (h.emergency()) {
            card.getChildren().add(ui.status(ui.t("hotlines.emergency.text"), Styles.Tone.ERROR));
        }
        card.getChildren().addAll(
                ui.fact(ui.t("hotlines.handles.label"), h.handles()),
                ui.fact(ui.t("hotlines.hours.label"), h.hours()));
        if (h.textChannel()) {
            if (vm.canWrite()) {
                Button write = ui.secondary(ui.t("hotlines.text.write", h.number()), MaterialDesignM.MESSAGE_TEXT_OUTLINE,
                        vm::write);
                write.setId(WRITE_PREFIX + h.id());
                card.getChildren().addAll(Ui.body(ui.t("hotlines.text.what")), write);
            } else {
                card.getChildren().add(ui.status(ui.t("hotlines.text.signIn"), Styles.Tone.INFO));
            }
        }
        Button call = ui.secondary(ui.t("hotlines.call.label", h.number()), MaterialDesignP.PHONE, () -> vm.call(h));
        call.setId(CALL_PREFIX + h.id());
        card.getChildren().add(call);
        return card;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public String title() {
        return ui.t("hotlines.title");
    }

    @Override
    public void dispose() {
        vm.dispose();
    }
}
