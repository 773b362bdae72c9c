package cn.huzhong.care.app.ui.kit;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.util.List;

/**
 * The bar at the top of every screen: the way back (an arrow and the word 返回 / Back), the screen's title, and at
 * most two actions, each with its word under its icon (or, for a universal icon, the icon alone with its word spoken:
 * then it sits under the way back). It is at least 64 px high and grows with its title, which
 * wraps instead of being cut off; its icons and words are in the bar's foreground colour (white on the blue bar,
 * white on black in high contrast).
 */
public final class AppBar {
    public static final String ID_BACK = "shell-back";
    public static final String ID_TITLE = "shell-title";
    public static final double MIN_HEIGHT_PX = 64;

    /**
     * An action in the bar: its icon and its word (shown under the icon, and spoken). {@code iconOnly}: the word is
     * only spoken (DESIGN.md allows it where the icon is universal), and the icon sits under the way back when there
     * is one: the title keeps its room at large text.
     */
    public record Action(String id, Ikon icon, String text, Runnable run, boolean iconOnly) {
        public Action(String id, Ikon icon, String text, Runnable run) {
            this(id, icon, text, run, false);
        }
    }

    private AppBar() {
    }

    /** @param back where the back control leads, or null on a top-level place */
    public static HBox create(Ui ui, String title, Runnable back, List<Action> actions) {
        if (actions.size() > 2) {
            throw new IllegalArgumentException("an app bar has at most two actions");
        }
        HBox bar = new HBox();
        bar.getStyleClass().addAll(Styles.APP_BAR, A11y.FIXED_BAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMinHeight(Region.USE_PREF_SIZE);
        // at least 64 px high (a strut: a CSS minimum would stop it growing past it when the screen is full)
        Region strut = new Region();
        strut.setMinSize(0, MIN_HEIGHT_PX);
        strut.setPrefSize(0, MIN_HEIGHT_PX);
        strut.setMaxWidth(0);
        bar.getChildren().add(strut);
        // icon-only actions go under the way back (the title keeps the bar's width), where there is one
        VBox lead = null;
        if (back != null) {
            Button b = barButton(ui, MaterialDesignA.ARROW_LEFT, ui.t("shell.back.label"), back);
            b.setContentDisplay(ContentDisplay.LEFT);
            b.setId(ID_BACK);
            if (actions.stream().anyMatch(Action::iconOnly)) {
                lead = new VBox(b);
                lead.setAlignment(Pos.CENTER_LEFT);
                lead.setMinWidth(Region.USE_PREF_SIZE);
                bar.getChildren().add(lead);
            } else {
                bar.getChildren().add(b);
            }
        }
        Label t = Ui.text(title, Styles.APP_BAR_TITLE);
        t.setId(ID_TITLE);
        t.setMinWidth(0);
        HBox.setHgrow(t, Priority.ALWAYS);
        bar.getChildren().add(t);
        for (Action a : actions) {
            // icon only: the word is not laid out at all (it would still claim its width), only spoken
            Button b = barButton(ui, a.icon(), a.iconOnly() ? "" : a.text(), a.run());
            b.setContentDisplay(a.iconOnly() ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.TOP);
            if (a.iconOnly()) {
                b.setAccessibleText(a.text());
            }
            b.setId(a.id());
            if (lead != null && a.iconOnly()) {
                lead.getChildren().add(b);
            } else {
                bar.getChildren().add(b);
            }
        }
        return bar;
    }

    private static Button barButton(Ui ui, Ikon icon, String text, Runnable run) {
        Button b = Ui.button(text, run);
        b.setGraphic(ui.icon(icon));
        b.setMaxWidth(Region.USE_PREF_SIZE);
        b.getStyleClass().addAll(Styles.BAR_BUTTON, A11y.SHORT_LABEL);
        return b;
    }
}
