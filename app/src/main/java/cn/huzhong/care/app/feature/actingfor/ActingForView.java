package cn.huzhong.care.app.feature.actingfor;

import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * "Whom are you helping?": each linked resident as a row with how they are related, their town, their unread
 * messages and whether the app shows them now.
 */
public final class ActingForView extends StateScreen<ActingForUiState> {
    public static final String ROW_PREFIX = "acting-for-";

    private final ActingForViewModel vm;

    public ActingForView(ActingForViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(ActingForUiState s) {
        root.getChildren().clear();
        root.getChildren().addAll(Ui.body(ui.t("actingFor.intro.text")));
        for (ActingForUiState.Person p : s.people()) {
            root.getChildren().add(row(p, s.switching()));
        }
        if (s.switching()) {
            root.getChildren().add(ui.progress(ui.t("actingFor.switching.text")));
        }
    }

    private Node row(ActingForUiState.Person p, boolean switching) {
        String unread = p.unreadText();
        String spoken = p.spoken();
        Label title = Ui.heading(p.name());
        Label town = Ui.muted(p.ref().townName());
        Button row;
        if (p.current()) {
            Label current = ui.status(ui.t("actingFor.current"), Styles.Tone.OK);
            row = unread == null ? ui.row(spoken, () -> vm.choose(p.ref()), title, town, current)
                    : ui.row(spoken, () -> vm.choose(p.ref()), title, town, Ui.body(unread), current);
        } else {
            row = unread == null ? ui.row(spoken, () -> vm.choose(p.ref()), title, town)
                    : ui.row(spoken, () -> vm.choose(p.ref()), title, town, Ui.body(unread));
        }
        row.setDisable(switching);
        row.setId(ROW_PREFIX + p.ref().residentId());
        return row;
    }


    @Override
    public String title() {
        return ui.t("actingFor.title");
    }

}
