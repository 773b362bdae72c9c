package cn.huzhong.care.app.ui.kit;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.function.IntFunction;

/**
 * A count chosen with − and + instead of typed ("3 天"): two large buttons either side of the value in words, each
 * naming what it changes and saying the value now; the new value is announced; the arrow keys up and down do the
 * same. The value lives in {@code value} as digits (empty until chosen), so the view model validates it as before.
 */
public final class Stepper {
    private Stepper() {
    }

    /**
     * @param id    the stepper's id: its buttons are {@code id-less} and {@code id-more}, its value {@code id-value}
     * @param words the value in words ("3 天")
     */
    public static Picker create(Ui ui, String id, String label, StringProperty value, int min, int max,
                                IntFunction<String> words) {
        Label l = Ui.text(label, Styles.FIELD_LABEL);
        Label shown = Ui.text("");
        shown.setId(id + "-value");
        shown.getStyleClass().add(Styles.STEPPER_VALUE);
        shown.setMaxWidth(Double.MAX_VALUE);
        shown.setAlignment(Pos.CENTER);
        HBox.setHgrow(shown, Priority.ALWAYS);
        Button less = ui.secondary("", MaterialDesignM.MINUS, () -> step(value, -1, min, max));
        Button more = ui.secondary("", MaterialDesignP.PLUS, () -> step(value, +1, min, max));
        less.setId(id + "-less");
        more.setId(id + "-more");
        for (Button b : new Button[]{less, more}) {
            b.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            b.getStyleClass().add(Styles.STEPPER_BUTTON);
            b.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                    e.consume();
                    step(value, e.getCode() == KeyCode.UP ? 1 : -1, min, max);
                }
            });
        }
        Runnable refresh = () -> {
            Integer n = parse(value.get());
            String now = n == null ? ui.t("picker.stepper.none") : words.apply(n);
            shown.setText(now);
            less.setAccessibleText(ui.t("picker.stepper.less", label));
            more.setAccessibleText(ui.t("picker.stepper.more", label));
            less.setAccessibleHelp(ui.t("picker.stepper.now", now));
            more.setAccessibleHelp(ui.t("picker.stepper.now", now));
            less.setDisable(n != null && n <= min);
            more.setDisable(n != null && n >= max);
        };
        value.addListener((o, a, b) -> {
            refresh.run();
            A11y.announce(shown, shown.getText());
        });
        refresh.run();
        l.setLabelFor(less);
        HBox row = new HBox(less, shown, more);
        row.getStyleClass().add(Styles.STEPPER);
        row.setAlignment(Pos.CENTER);
        row.setId(id);
        Label error = Ui.text("");
        error.setId(id + "-error");
        A11y.showError(row, error, null);
        VBox box = new VBox(l, row, error);
        box.setSpacing(ui.mode().fontPx() * 0.3);
        return new Picker(box, l, less, error, m -> {
            A11y.showError(row, error, m);
            less.setAccessibleHelp(m != null ? m : ui.t("picker.stepper.now", shown.getText()));
            more.setAccessibleHelp(m != null ? m : ui.t("picker.stepper.now", shown.getText()));
        });
    }

    private static void step(StringProperty value, int by, int min, int max) {
        Integer n = parse(value.get());
        int next = n == null ? (by > 0 ? min : min) : Math.max(min, Math.min(max, n + by));
        value.set(Integer.toString(next));
    }

    static Integer parse(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
