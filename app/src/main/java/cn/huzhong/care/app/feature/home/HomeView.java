package cn.huzhong.care.app.feature.home;

import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;

/**
 * Home: greeting, for a carer respite care first, the assigned contact (包保联系人, explained) with a call action,
 * then the six tiles in SPEC F1's fixed order: Subsidies, Request a service, Book rehab / device fitting, Hotlines,
 * Messages (with the unread count), the certificate. When a carer acts for someone, every heading says whose
 * ("刘洋的包保联系人", "刘洋的残疾人证").
 */
public final class HomeView extends StateScreen<HomeUiState> {
    public static final String ID_GREETING = "home-greeting";
    public static final String ID_CALL_CONTACT = "home-call-contact";
    public static final String ID_CONTACT_HEADING = "home-contact-heading";
    public static final String ID_MESSAGES_TILE = "home-tile-messages";
    public static final String ID_CERTIFICATE_TILE = "home-tile-certificate";
    public static final String ID_RESPITE = "home-respite";
    public static final String ID_SWITCHED = "home-switched";
    public static final String ID_TEXT_HOTLINE = "home-text-hotline";
    public static final String ID_OUTBOX = "home-outbox";
    public static final String OTHER_PREFIX = "home-other-";
    /** The hotlines, for an account that acts for no resident (instead of the tiles). */
    public static final String ID_HOTLINES = "home-hotlines";

    /** A tile: its text, icon, and where it leads. */
    record Tile(String id, String textKey, String subKey, Ikon icon, Destination destination) {
    }

    static final List<Tile> TILES = List.of(
            new Tile("home-tile-subsidies", "home.tile.subsidies", "home.tile.subsidies.sub", MaterialDesignC.CASH_MULTIPLE,
                    new Destination.Subsidies()),
            new Tile("home-tile-request", "home.tile.request", "home.tile.request.sub", MaterialDesignH.HAND_HEART,
                    new Destination.Requests()),
            new Tile("home-tile-booking", "home.tile.booking", "home.tile.booking.sub", MaterialDesignC.CALENDAR_CHECK,
                    new Destination.Bookings()),
            new Tile("home-tile-hotlines", "home.tile.hotlines", "home.tile.hotlines.sub", MaterialDesignP.PHONE_IN_TALK,
                    new Destination.Hotlines()),
            new Tile(ID_MESSAGES_TILE, "home.tile.messages", "home.tile.messages.sub", MaterialDesignM.MESSAGE_TEXT,
                    new Destination.Inbox()),
            new Tile(ID_CERTIFICATE_TILE, "home.tile.certificate", "home.tile.certificate.sub",
                    MaterialDesignB.BADGE_ACCOUNT_HORIZONTAL, new Destination.Certificate()));

    private final HomeViewModel vm;
    private final VBox top = new VBox();
    private final VBox bottom = new VBox();
    private final GridPane grid;

    public HomeView(HomeViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        top.setSpacing(ui.mode().fontPx() * 0.6);
        bottom.setSpacing(ui.mode().fontPx() * 0.6);
        grid = new GridPane();
        root.getChildren().addAll(top, grid, bottom);
        start(vm::load);
    }

    private void tiles(HomeUiState.Extras x) {
        int columns = ui.mode().textScale() >= 1.5 ? 1 : 2;
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
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
            String text = t.id().equals(ID_CERTIFICATE_TILE) && x.carer() && x.subjectName() != null
                    ? ui.t("home.tile.certificate.of", x.subjectName()) : ui.t(t.textKey());
            String sub = t.id().equals(ID_MESSAGES_TILE) ? messagesSub(x) : ui.t(t.subKey());
            Button b = tile(t.id(), text, sub, t.icon(), () -> vm.open(t.destination()));
            if (t.id().equals(ID_MESSAGES_TILE)) {
                A11y.action(b, "nav-messages"); // does what the bottom navigation's "messages" does
            }
            GridPane.setFillWidth(b, true);
            GridPane.setFillHeight(b, true);
            grid.add(b, i % columns, i / columns);
        }
    }

    /** A tile: its icon, its name (a short label: never broken inside a word) and a line on what it holds. */
    private Button tile(String id, String text, String sub, Ikon icon, Runnable open) {
        Label name = Ui.text(text, Styles.TILE_TITLE, A11y.SHORT_LABEL);
        name.setAlignment(Pos.CENTER);
        name.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Label line = Ui.text(sub, Styles.TILE_SUB);
        line.setAlignment(Pos.CENTER);
        line.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        VBox content = new VBox(ui.bigIcon(icon), name, line);
        content.setAlignment(Pos.TOP_CENTER);
        content.setSpacing(ui.mode().fontPx() * 0.2);
        content.setMouseTransparent(true);
        Button b = new Button();
        b.setGraphic(content);
        b.setId(id);
        b.setMnemonicParsing(false);
        b.setAccessibleText(ui.t("home.tile.spoken", text, sub));
        b.getStyleClass().add(A11y.TILE);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMaxHeight(Double.MAX_VALUE);
        b.setMinHeight(Region.USE_PREF_SIZE);
        content.prefWidthProperty().bind(b.widthProperty().subtract(ui.mode().fontPx() * 1.2));
        b.setOnAction(e -> open.run());
        return b;
    }

    private String messagesSub(HomeUiState.Extras x) {
        return x.messagesSub();
    }

    @Override
    protected void render(HomeUiState s) {
        if (s == null) {
            return;
        }
        top.getChildren().clear();
        var g = Ui.title(s.greeting());
        g.setId(ID_GREETING);
        top.getChildren().add(g);
        HomeUiState.Extras x = s.extras();
        if (x.switchedTo() != null) {
            Label switched = ui.status(ui.t("home.switched.text", x.switchedTo()), Styles.Tone.OK);
            switched.setId(ID_SWITCHED);
            top.getChildren().add(switched);
        }
        if (x.carer() && x.subjectName() != null) {
            Button respite = tile(ID_RESPITE, ui.t("home.respite.label", x.subjectName()), ui.t("home.respite.sub"),
                    MaterialDesignH.HOME_HEART, vm::respiteCare);
            respite.getStyleClass().add(Styles.RESPITE);
            top.getChildren().add(respite);
        }
        if (s instanceof HomeUiState.Loading l) {
            top.getChildren().add(ReadViews.progress(ui, ui.t("home.progress.text"), l.slowNote()));
        } else if (s instanceof HomeUiState.Content c) {
            top.getChildren().add(contact(c));
        } else if (s instanceof HomeUiState.NoResident) {
            top.getChildren().add(ui.status(ui.t("home.noResident.text"), Styles.Tone.INFO));
        } else if (s instanceof HomeUiState.Failed f) {
            top.getChildren().add(ui.failure(f.message(), vm::load));
        }
        outbox(x);
        boolean resident = !(s instanceof HomeUiState.NoResident);
        grid.setVisible(resident);
        grid.setManaged(resident);
        if (resident) {
            tiles(x);
        }
        bottom(s, resident);
    }

    private void outbox(HomeUiState.Extras x) {
        if (x.waiting() == 0 && x.refused() == 0) {
            return;
        }
        VBox box = new VBox();
        box.setId(ID_OUTBOX);
        box.setSpacing(ui.mode().fontPx() * 0.3);
        if (x.waiting() > 0) {
            Label w = ui.status(ui.t("home.outbox.waiting", x.waiting()), Styles.Tone.WARN);
            w.setGraphic(ui.icon(MaterialDesignC.CLOCK_OUTLINE));
            box.getChildren().add(w);
        }
        if (x.refused() > 0) {
            box.getChildren().add(ui.status(ui.t("home.outbox.refused", x.refused()), Styles.Tone.ERROR));
        }
        top.getChildren().add(box);
    }

    private void bottom(HomeUiState s, boolean resident) {
        bottom.getChildren().clear();
        // an account that acts for no resident (staff, volunteers) has none of the resident's tiles, only the hotlines
        if (!resident) {
            Button hotlines = ui.secondary(ui.t("home.tile.hotlines"), MaterialDesignP.PHONE_IN_TALK,
                    () -> vm.open(new Destination.Hotlines()));
            hotlines.setId(ID_HOTLINES);
            bottom.getChildren().add(hotlines);
            return;
        }
        Button text = ui.row(ui.t("home.textHotline.spoken"), MaterialDesignM.MESSAGE_TEXT_OUTLINE,
                () -> vm.open(new Destination.TextHotline()), Ui.heading(ui.t("home.textHotline.label")),
                Ui.muted(ui.t("home.textHotline.sub")));
        text.setId(ID_TEXT_HOTLINE);
        bottom.getChildren().add(text);
        List<HomeUiState.Other> others = s.extras().others();
        if (!others.isEmpty()) {
            VBox box = Ui.section(Ui.heading(ui.t("home.others.heading")));
            for (HomeUiState.Other o : others) {
                String line = o.line();
                Button b = ui.row(ui.t("home.others.spoken", line), () -> vm.switchTo(o.person()), Ui.body(line),
                        Ui.muted(ui.t("home.others.switch", o.person().name())));
                b.setId(OTHER_PREFIX + o.person().residentId());
                box.getChildren().add(b);
            }
            bottom.getChildren().add(box);
        }
    }

    private Node contact(HomeUiState.Content c) {
        HomeUiState.Extras x = c.extras();
        String heading = x.carer() && x.subjectName() != null ? ui.t("home.contact.headingFor", x.subjectName())
                : ui.t("home.contact.heading");
        Label h = Ui.heading(heading);
        h.setId(ID_CONTACT_HEADING);
        VBox card = Ui.card(h);
        if (c.contact() == null) {
            card.getChildren().add(Ui.body(ui.t("home.contact.none")));
        } else {
            card.getChildren().addAll(Ui.text(c.contact().name(), Styles.BODY, A11y.SHORT_LABEL),
                    Ui.muted(c.contact().office()), Ui.body(ui.t("home.contact.phone", c.contact().phone())));
            Button call = ui.secondary(ui.t("home.contact.call", c.contact().name()), MaterialDesignP.PHONE, vm::callContact);
            call.setId(ID_CALL_CONTACT);
            card.getChildren().add(call);
        }
        card.getChildren().add(ui.explain("baobao"));
        Label note = ReadViews.note(ui, c.freshness());
        if (note != null) {
            card.getChildren().add(note);
        }
        return card;
    }

    @Override
    public String title() {
        return ui.t("home.title");
    }
}
