package cn.huzhong.care.app.ui.kit;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

import java.util.List;

/**
 * The bar at the bottom of a top-level place: three to five places, each an icon and its word (always shown), the
 * current one marked by a pill behind its icon and, for screen readers, as the selected one. An unread count shows
 * as a badge with the number, and the place says it in words ("消息，3 条未读"). Choosing the current place again
 * does nothing; choosing another starts that place afresh.
 */
public final class BottomNav {
    public static final String ID = "bottom-nav";
    public static final double MIN_HEIGHT_PX = 80;

    /**
     * @param badge  a short count for the badge ("3", "99+"), or null
     * @param spoken what a screen reader says for it (its word, and the count in words)
     */
    public record Item(String id, String text, Ikon icon, boolean current, String badge, String spoken, Runnable open) {
    }

    private BottomNav() {
    }

    public static HBox create(Ui ui, List<Item> items) {
        if (items.size() < 2 || items.size() > 5) {
            throw new IllegalArgumentException("a bottom navigation has 2 to 5 places");
        }
        HBox bar = new HBox();
        bar.setId(ID);
        bar.getStyleClass().add(Styles.BOTTOM_NAV);
        bar.setAlignment(Pos.CENTER);
        bar.setFillHeight(true);
        bar.setMinHeight(Region.USE_PREF_SIZE);
        Region strut = new Region();
        strut.setMinSize(0, MIN_HEIGHT_PX);
        strut.setPrefSize(0, MIN_HEIGHT_PX);
        strut.setMaxWidth(0);
        bar.getChildren().add(strut);
        for (Item item : items) {
            bar.getChildren().add(place(ui, item));
        }
        return bar;
    }

    private static Node place(Ui ui, Item item) {
        StackPane pill = new StackPane(ui.icon(item.icon()));
        pill.getStyleClass().add(Styles.NAV_PILL);
        StackPane iconArea = new StackPane(pill);
        if (item.badge() != null) {
            Label badge = new Label(item.badge());
            badge.getStyleClass().add(Styles.NAV_BADGE);
            badge.setMinWidth(Region.USE_PREF_SIZE);
            A11y.decorative(badge); // the place says the count in words
            StackPane.setAlignment(badge, Pos.TOP_RIGHT);
            iconArea.getChildren().add(badge);
        }
        Label text = Ui.text(item.text(), Styles.NAV_LABEL, A11y.SHORT_LABEL);
        text.setMaxWidth(Region.USE_PREF_SIZE);
        VBox content = new VBox(iconArea, text);
        content.setAlignment(Pos.CENTER);
        content.setMouseTransparent(true);
        ToggleButton b = new ToggleButton();
        b.setGraphic(content);
        b.setId(item.id());
        b.setAccessibleText(item.spoken());
        b.setSelected(item.current());
        b.getStyleClass().add(Styles.NAV_ITEM);
        // the same place as a tile or row that leads there says the same and does the same
        A11y.action(b, item.id());
        b.setMnemonicParsing(false);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMaxHeight(Double.MAX_VALUE);
        b.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(b, Priority.ALWAYS);
        b.setOnAction(e -> {
            // the current place stays selected; another place opens
            b.setSelected(item.current());
            if (!item.current()) {
                item.open().run();
            }
        });
        return b;
    }
}
