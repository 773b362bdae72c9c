package cn.huzhong.care.app.ui.kit;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The kit's small choices: a switch for on/off, segmented buttons for two to four options, and five labelled stars
 * for a rating. Each option is a toggle that a screen reader reads with its state (selected or not), and each is
 * its own stop for Tab (JavaFX's ToggleGroup would let Tab reach only the selected one, so options are kept
 * exclusive here).
 */
public final class Choices {
    private Choices() {
    }

    // ---- switch ----

    /**
     * An on/off setting: the words on the start side, a switch and its state in words ("开" / "关") on the end side;
     * the whole row is the target.
     */
    public static ToggleButton toggle(Ui ui, String id, String text, boolean on, Consumer<Boolean> changed) {
        Region thumb = new Region();
        thumb.getStyleClass().add(Styles.SWITCH_THUMB);
        StackPane track = new StackPane(thumb);
        track.getStyleClass().add(Styles.SWITCH_TRACK);
        Label state = new Label();
        state.getStyleClass().addAll(Styles.SWITCH_STATE, A11y.SHORT_LABEL);
        state.setMinWidth(Region.USE_PREF_SIZE);
        HBox graphic = new HBox(state, track);
        graphic.setAlignment(Pos.CENTER_RIGHT);
        graphic.setSpacing(ui.mode().fontPx() * 0.4);
        graphic.setMinWidth(Region.USE_PREF_SIZE);
        ToggleButton b = new cn.huzhong.care.app.ui.text.WrapToggleButton(text);
        b.setGraphic(graphic);
        b.setId(id);
        b.getStyleClass().add(Styles.SWITCH);
        b.setContentDisplay(ContentDisplay.RIGHT);
        b.setWrapText(true);
        b.setMnemonicParsing(false);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinHeight(Region.USE_PREF_SIZE);
        b.setSelected(on);
        Runnable show = () -> {
            state.setText(ui.t(b.isSelected() ? "picker.switch.on" : "picker.switch.off"));
            StackPane.setAlignment(thumb, b.isSelected() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        };
        show.run();
        b.selectedProperty().addListener((o, was, now) -> {
            show.run();
            changed.accept(now);
        });
        return b;
    }

    // ---- segmented buttons ----

    /** Two to four options side by side (two to a row at 150 % text and above when there are more than two). */
    public static <T> Picker segmented(Ui ui, String id, String label, List<T> values, Function<T, String> name,
                                       T selected, Consumer<T> chosen) {
        if (values.size() < 2 || values.size() > 4) {
            throw new IllegalArgumentException("segmented buttons hold 2 to 4 options");
        }
        Label l = Ui.text(label, Styles.FIELD_LABEL);
        int perRow = ui.mode().textScale() >= 1.5 && values.size() > 2 ? 2 : values.size();
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.SEGMENTED);
        grid.setId(id);
        for (int c = 0; c < perRow; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / perRow);
            cc.setFillWidth(true);
            grid.getColumnConstraints().add(cc);
        }
        List<ToggleButton> options = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            T v = values.get(i);
            ToggleButton b = new cn.huzhong.care.app.ui.text.WrapToggleButton(name.apply(v));
            b.setId(id + "-" + i);
            b.getStyleClass().addAll(Styles.SEGMENT, A11y.SHORT_LABEL);
            b.setMnemonicParsing(false);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setSelected(v.equals(selected));
            b.setOnAction(e -> {
                for (ToggleButton other : options) {
                    other.setSelected(other == b);
                }
                chosen.accept(v);
            });
            options.add(b);
            grid.add(b, i % perRow, i / perRow);
        }
        l.setLabelFor(options.get(0));
        Label error = Ui.text("");
        error.setId(id + "-error");
        A11y.showGroupError(grid, options, error, null);
        VBox box = new VBox(l, grid, error);
        box.setSpacing(ui.mode().fontPx() * 0.3);
        return new Picker(box, l, options.get(0), error, m -> A11y.showGroupError(grid, options, error, m));
    }

    // ---- rating ----

    /**
     * Five stars, each a target that says its score and its words ("4 星：满意"); the chosen score is also written
     * under them. {@code words} gives the words of a score 1–5.
     */
    public static Picker rating(Ui ui, String id, String label, Integer selected, Function<Integer, String> words,
                                Consumer<Integer> chosen) {
        Label l = Ui.text(label, Styles.FIELD_LABEL);
        HBox stars = new HBox();
        stars.getStyleClass().add(Styles.RATING);
        stars.setId(id);
        Label said = Ui.text("", Styles.BODY);
        said.setId(id + "-words");
        List<ToggleButton> options = new ArrayList<>();
        int[] current = {selected == null ? 0 : selected};
        Runnable show = () -> {
            for (int i = 0; i < options.size(); i++) {
                ToggleButton b = options.get(i);
                boolean filled = i < current[0];
                b.setGraphic(ui.bigIcon(filled ? MaterialDesignS.STAR : MaterialDesignS.STAR_OUTLINE));
                b.setSelected(i + 1 == current[0]);
                b.getStyleClass().remove(Styles.STAR_FILLED);
                if (filled) {
                    b.getStyleClass().add(Styles.STAR_FILLED);
                }
            }
            said.setText(current[0] == 0 ? ui.t("picker.rating.none")
                    : ui.t("picker.rating.chosen", current[0], words.apply(current[0])));
        };
        for (int score = 1; score <= 5; score++) {
            int s = score;
            ToggleButton b = new ToggleButton();
            b.setId(id + "-" + s);
            b.setAccessibleText(ui.t("picker.rating.star", s, words.apply(s)));
            b.getStyleClass().add(Styles.STAR);
            b.setOnAction(e -> {
                current[0] = s;
                show.run();
                chosen.accept(s);
                A11y.announce(b, said.getText());
            });
            HBox.setHgrow(b, Priority.ALWAYS);
            b.setMaxWidth(Double.MAX_VALUE);
            options.add(b);
            stars.getChildren().add(b);
        }
        show.run();
        l.setLabelFor(options.get(0));
        Label error = Ui.text("");
        error.setId(id + "-error");
        A11y.showGroupError(stars, options, error, null);
        VBox box = new VBox(l, stars, said, error);
        box.setSpacing(ui.mode().fontPx() * 0.3);
        return new Picker(box, l, options.get(0), error, m -> A11y.showGroupError(stars, options, error, m));
    }
}
