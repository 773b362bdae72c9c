package cn.huzhong.care.app.feature.comingsoon;

import cn.huzhong.care.app.shell.Screen;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.Locale;

/** "Coming soon", in words, with what to do meanwhile. */
public final class ComingSoonView implements Screen {
    public static final String ID_CALL = "comingsoon-call";

    private final Ui ui;
    private final VBox root;
    private final String key;

    public ComingSoonView(ComingSoonViewModel vm, Ui ui) {
        this.ui = ui;
        this.key = "comingsoon." + vm.feature().name().toLowerCase(Locale.ROOT);
        Button call = ui.primary(ui.t("comingsoon.call.label", ComingSoonViewModel.HOTLINE), vm::callHotline);
        call.setGraphic(ui.icon(MaterialDesignP.PHONE));
        call.setId(ID_CALL);
        root = ui.screen(
                ui.status(ui.t("comingsoon.status.text"), Styles.Tone.INFO),
                Ui.body(ui.t(key + ".text")),
                Ui.body(ui.t("comingsoon.meanwhile.text")),
                call);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public String title() {
        return ui.t(key + ".title");
    }
}
