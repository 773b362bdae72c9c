package cn.huzhong.care.app.feature.hotlines;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.HotlineDto;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Hotlines: the emergency numbers first, together, each one large call action with a phone icon; then each other
 * line with what it handles, its hours and a call action naming the number; the 12385 text channel.
 */
public final class HotlinesView extends StateScreen<HotlinesUiState> {
    public static final String CALL_PREFIX = "hotline-call-";
    public static final String WRITE_PREFIX = "hotline-write-";
    public static final String ID_EMERGENCY = "hotlines-emergency";

    private final HotlinesViewModel vm;

    public HotlinesView(HotlinesViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(HotlinesUiState s) {
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
            if (!c.emergency().isEmpty()) {
                root.getChildren().add(emergency(c));
            }
            root.getChildren().add(Ui.body(ui.t("hotlines.intro.text")));
            for (HotlineDto h : c.others()) {
                root.getChildren().add(card(h));
            }
        }
    }

    private Node emergency(HotlinesUiState.Content c) {
        VBox card = Ui.card(Ui.heading(ui.t("hotlines.emergency.heading")), Ui.body(ui.t("hotlines.emergency.intro")));
        card.setId(ID_EMERGENCY);
        card.getStyleClass().add(Styles.EMERGENCY);
        for (HotlineDto h : c.emergency()) {
            Button call = ui.secondary(h.name(), MaterialDesignP.PHONE, () -> vm.call(h));
            call.setId(CALL_PREFIX + h.id());
            call.setAccessibleText(ui.t("hotlines.emergency.call", h.name(), Ui.digits(h.number())));
            call.setAccessibleHelp(h.handles());
            card.getChildren().add(call);
        }
        return card;
    }

    private Node card(HotlineDto h) {
        VBox card = Ui.card(Ui.heading(h.name()),
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
    public String title() {
        return ui.t("hotlines.title");
    }
}
