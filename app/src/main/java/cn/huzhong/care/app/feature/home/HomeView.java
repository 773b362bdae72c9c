package cn.huzhong.care.app.feature.home;

import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Screen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;

/**
 * Home: greeting, the assigned contact with a call action, then the six tiles in SPEC F1's fixed order:
 * Subsidies, Request a service, Book rehab / device fitting, Hotlines, Messages, My certificate.
 */
public final class HomeView implements Screen {
    public static final String ID_GREETING = "home-greeting";
    public static final String ID_CALL_CONTACT = "home-call-contact";

    /** A tile: its text, icon, and where it leads. */
    record Tile(String id, String textKey, String subKey, Ikon icon, Destination destination) {
    }

    static final List<Tile> TILES = List.of(
            new Tile("home-tile-subsidies", "home.tile.subsidies", "home.tile.subsidies.sub", MaterialDesignC.CASH_MULTIPLE,
                    new Destination.Subsidies()),
            new Tile("home-tile-request", "home.tile.request", "home.tile.comingSoon", MaterialDesignH.HAND_HEART,
                    new Destination.ComingSoon(Destination.Feature.REQUEST)),
            new Tile("home-tile-booking", "home.tile.booking", "home.tile.comingSoon", MaterialDesignC.CALENDAR_CHECK,
                    new Destination.ComingSoon(Destination.Feature.BOOKING)),
            new Tile("home-tile-hotlines", "home.tile.hotlines", "home.tile.hotlines.sub", MaterialDesignP.PHONE_IN_TALK,
                    new Destination.Hotlines()),
            new Tile("home-tile-messages", "home.tile.messages", "home.tile.messages.sub", MaterialDesignM.MESSAGE_TEXT,
                    new Destination.ComingSoon(Destination.Feature.MESSAGES)),
            new Tile("home-tile-certificate", "home.tile.certificate", "home.tile.certificate.sub",
                    MaterialDesignB.BADGE_ACCOUNT_HORIZONTAL, new Destination.Certificate()));

    private final HomeViewModel vm;
    private final Ui ui;
    private final VBox root;
    private final VBox top = new VBox();

    public HomeView(HomeViewModel vm, Ui ui) {
        this.vm = vm;
        this.ui = ui;
        top.setSpacing(ui.mode().fontPx() * 0.6);
        root = ui.screen(top, tiles());
        vm.stateProperty().addListener((obs, old, s) -> render(s));
        vm.load();
        render(vm.state());
    }

    private Node tiles() {
        int columns = ui.mode().textScale() >= 1.5 ? 1 : 2;
        GridPane grid = new GridPane();
        double gap = ui.mode().fontPx() * 0.6;
        grid.setHgap(gap);
        grid.setVgap(gap);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            cc.setFillWidth(true);
            grid.getColumnConstraints().add(cc);
        }
        for (int i = 0; i < TILES.size(); i++) {
            Tile t = TILES.get(i);
            String text = ui.t(t.textKey());
            String sub = ui.t(t.subKey());
            Button b = new Button(text + "\n" + sub);
            b.setId(t.id());
            b.setWrapText(true);
            b.setMnemonicParsing(false);
            b.setGraphic(ui.bigIcon(t.icon()));
            b.setAccessibleText(ui.t("home.tile.spoken", text, sub));
            b.getStyleClass().add(A11y.TILE);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMaxHeight(Double.MAX_VALUE);
            b.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            b.setOnAction(e -> vm.open(t.destination()));
            GridPane.setFillWidth(b, true);
            GridPane.setFillHeight(b, true);
            grid.add(b, i % columns, i / columns);
        }
        return grid;
    }

    private void render(HomeUiState s) {
        if (s == null) {
            return;
        }
        top.getChildren().clear();
        var g = Ui.title(s.greeting());
        g.setId(ID_GREETING);
        top.getChildren().add(g);
        if (s instanceof HomeUiState.Loading) {
            top.getChildren().add(ui.progress(ui.t("home.progress.text")));
        } else if (s instanceof HomeUiState.Content c) {
            top.getChildren().add(contact(c));
        } else if (s instanceof HomeUiState.NoResident) {
            top.getChildren().add(ui.status(ui.t("home.noResident.text"), Styles.Tone.INFO));
        } else if (s instanceof HomeUiState.Failed f) {
            top.getChildren().add(ui.failure(f.message(), ui.t("common.retry.label"), vm::load));
        }
    }

    private Node contact(HomeUiState.Content c) {
        VBox card = Ui.card(Ui.heading(ui.t("home.contact.heading")));
        if (c.contact() == null) {
            card.getChildren().add(Ui.body(ui.t("home.contact.none")));
        } else {
            card.getChildren().addAll(Ui.body(c.contact().name()), Ui.muted(c.contact().office()),
                    Ui.body(ui.t("home.contact.phone", c.contact().phone())));
            Button call = ui.secondary(ui.t("home.contact.call", c.contact().name()), MaterialDesignP.PHONE, vm::callContact);
            call.setId(ID_CALL_CONTACT);
            card.getChildren().add(call);
        }
        if (c.fromCache()) {
            card.getChildren().add(ui.cachedNote(c.savedAt(), true));
        }
        return card;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public String title() {
        return ui.t("home.title");
    }

    @Override
    public void dispose() {
        vm.dispose();
    }
}
