package cn.huzhong.care.app.feature.services;

import cn.huzhong.care.app.shell.Screen;
import cn.huzhong.care.app.ui.Ui;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.Map;

/** The "services" place: one row per service, each with a line on what it is for. */
public final class ServicesView implements Screen {
    public static final String PREFIX = "services-";

    private static final Map<String, Ikon> ICONS = Map.of(
            "respite", MaterialDesignH.HOME_HEART,
            "requests", MaterialDesignH.HAND_HEART,
            "bookings", MaterialDesignC.CALENDAR_CHECK,
            "subsidies", MaterialDesignC.CASH_MULTIPLE,
            "finder", MaterialDesignF.FILE_SEARCH_OUTLINE,
            "hotlines", MaterialDesignP.PHONE_IN_TALK,
            "textHotline", MaterialDesignM.MESSAGE_TEXT_OUTLINE,
            "certificate", MaterialDesignB.BADGE_ACCOUNT_HORIZONTAL);

    private final Ui ui;
    private final VBox root;

    public ServicesView(ServicesViewModel vm, Ui ui) {
        this.ui = ui;
        root = ui.screen();
        for (ServicesViewModel.Entry e : vm.entries()) {
            String title = ui.t("services." + e.key() + ".title");
            String sub = ui.t("services." + e.key() + ".sub");
            Button row = ui.row(ui.t("services.row.spoken", title, sub), ICONS.get(e.key()), () -> vm.open(e),
                    Ui.heading(title), Ui.muted(sub));
            row.setId(PREFIX + e.key());
            root.getChildren().add(row);
        }
        root.getChildren().add(ui.explain("zhengcezhaoren"));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public String title() {
        return ui.t("services.title");
    }

    @Override
    public boolean aboutPerson() {
        return true;
    }
}
