package cn.huzhong.care.app.ui.kit;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import javafx.scene.control.Label;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * A bar under the app bar that stays while the page scrolls (offline; whom a carer acts for): an icon and its text.
 * At 150 % text and above it keeps to one short line with a "详情" control that opens the full text in a sheet, so
 * the app bar and the banners together keep to a quarter of the screen; at smaller sizes the full text shows in the
 * bar. Screen readers always get the full text.
 */
public final class Banner {
    private Banner() {
    }

    /**
     * @param id          the banner's id; its details control is {@code id + "-more"}
     * @param style       the banner's own style class (its colours)
     * @param showDetails opens the full text (in a sheet) from the compact banner
     */
    public static VBox create(Ui ui, String id, String style, Ikon icon, String shortText, String fullText,
                              Runnable showDetails) {
        VBox box = new VBox();
        box.setId(id);
        box.getStyleClass().addAll(Styles.BANNER, style, A11y.FIXED_BAR);
        box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (ui.mode().textScale() < 1.5) {
            Label full = Ui.text(fullText, A11y.STATUS);
            full.setGraphic(ui.icon(icon));
            box.getChildren().add(full);
            return box;
        }
        Label line = Ui.text(shortText, A11y.STATUS, A11y.SHORT_LABEL);
        line.setGraphic(ui.icon(icon));
        HBox.setHgrow(line, Priority.ALWAYS);
        Button more = Ui.button(ui.t("common.banner.more"), showDetails);
        more.setGraphic(ui.icon(MaterialDesignC.CHEVRON_RIGHT));
        more.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        more.setId(id + "-more");
        more.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        more.getStyleClass().addAll(Styles.BANNER_MORE, A11y.SHORT_LABEL);
        more.setAccessibleText(ui.t("common.banner.moreSpoken", shortText));
        more.setAccessibleHelp(fullText);
        HBox row = new HBox(line, more);
        row.getStyleClass().add(Styles.BANNER_ROW);
        box.getChildren().add(row);
        return box;
    }
}
