package cn.huzhong.care.app.ui.audit;

import atlantafx.base.controls.ToggleSwitch;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.a11y.AuditRule;
import cn.huzhong.care.app.ui.a11y.AuditViolation;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertMessage;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertNotReportedOn;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertPasses;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertReported;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.audit;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.id;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.page;

/** {@link AuditRule#NON_TEXT_CONTRAST}: icons, control boundaries and focus rings, 3:1 against what is behind them. */
class NonTextContrastAuditTest {
    private static final DisplayMode DEFAULT = DisplayMode.DEFAULT;

    private static FontIcon icon(String id, String colour) {
        FontIcon icon = id(new FontIcon("mdi2i-information"), id);
        icon.setIconColor(Color.web(colour));
        return icon;
    }

    private static Label withText(FontIcon icon) {
        Label l = new Label("说明", icon);
        return l;
    }

    @Test
    void iconNearBlackOnTheBlueAppBar_reported_whiteIconOnTheBar_passes() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            HBox bar = new HBox(8, withText(icon("dark", "#1b1b1f")), withText(icon("light", "#ffffff")));
            bar.setStyle("-fx-background-color: #0b57d0; -fx-padding: 8;");
            ((Label) bar.getChildren().get(0)).setStyle("-fx-text-fill: #ffffff;");
            ((Label) bar.getChildren().get(1)).setStyle("-fx-text-fill: #ffffff;");
            return new VBox(bar);
        });
        assertMessage(assertReported(all, AuditRule.NON_TEXT_CONTRAST, "dark"), "2.68:1 (#1b1b1f on #0b57d0)");
        assertNotReportedOn(all, AuditRule.NON_TEXT_CONTRAST, "light");
    }

    @Test
    void iconAtExactly3to1_passes_justBelow_reported() {
        List<AuditViolation> all = audit(DEFAULT, () -> page(
                withText(icon("at3", "#949494")), withText(icon("below3", "#959595"))));
        assertNotReportedOn(all, AuditRule.NON_TEXT_CONTRAST, "at3");
        assertMessage(assertReported(all, AuditRule.NON_TEXT_CONTRAST, "below3"), "icons need at least 3:1");
    }

    @Test
    void decorativeAndDisabledIcons_notJudged() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            FontIcon ornament = A11y.decorative(icon("ornament", "#eeeeee"));
            Label off = withText(icon("off", "#eeeeee"));
            off.setDisable(true);
            return page(ornament, off);
        });
        assertPasses(all, AuditRule.NON_TEXT_CONTRAST);
    }

    private static TextField field(String id, String border) {
        TextField f = id(new TextField(), id);
        f.setStyle("-fx-text-box-border: " + border + "; -fx-control-inner-background: #ffffff;");
        return f;
    }

    /** Focus on a first button, so the fields are judged unfocused. */
    private static Scene withFocusOnFirst(javafx.scene.Parent root) {
        Scene scene = AuditFixture.show(DEFAULT, () -> root);
        AuditFixture.runFx(() -> scene.lookup("#first").requestFocus());
        return scene;
    }

    private static Label labelFor(String text, javafx.scene.Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        return l;
    }

    @Test
    void textFieldBorderAtExactly3to1_passes_justBelow_reported() {
        TextField at3 = field("at3", "#949494");
        TextField below3 = field("below3", "#959595");
        Scene scene = withFocusOnFirst(page(id(new Button("开始"), "first"), labelFor("姓名", at3), at3,
                labelFor("地址", below3), below3));
        List<AuditViolation> all = audit(scene, DEFAULT);
        assertNotReportedOn(all, AuditRule.NON_TEXT_CONTRAST, "at3");
        assertMessage(assertReported(all, AuditRule.NON_TEXT_CONTRAST, "below3"),
                "2.99:1 at best (#959595 on #ffffff); a field's boundary needs at least 3:1");
    }

    @Test
    void faintCheckBoxRadioButtonAndSwitch_reported_darkOutlines_pass() {
        String switchCss = AuditFixture.dataUri("""
                .toggle-switch .thumb-area { -fx-background-color: #74777f, #ffffff; -fx-background-insets: 0, 2;
                    -fx-min-width: 2.5em; -fx-min-height: 1.4em; }
                .toggle-switch.faint .thumb-area { -fx-background-color: #dddddd, #ffffff; }
                .toggle-switch:focused .thumb-area { -fx-background-color: #0b57d0, #ffffff; }
                .toggle-switch .thumb { -fx-background-color: #74777f; -fx-min-width: 1em; -fx-min-height: 1em; }
                """);
        List<AuditViolation> all = audit(DEFAULT, () -> {
            CheckBox faintBox = id(new CheckBox("同意"), "faintBox");
            faintBox.setStyle("-fx-outer-border: #dddddd;");
            RadioButton faintRadio = id(new RadioButton("现金"), "faintRadio");
            faintRadio.setStyle("-fx-outer-border: #dddddd;");
            ToggleSwitch faintSwitch = id(new ToggleSwitch("提醒"), "faintSwitch");
            faintSwitch.getStyleClass().add("faint");
            ToggleSwitch unstyled = id(new ToggleSwitch("声音"), "unstyledSwitch");
            unstyled.getStyleClass().add("bare");
            VBox box = page(id(new CheckBox("记住我"), "darkBox"), id(new RadioButton("银行卡"), "darkRadio"),
                    id(new ToggleSwitch("震动"), "darkSwitch"), faintBox, faintRadio, faintSwitch, unstyled);
            box.getStylesheets().add(switchCss);
            box.getStylesheets().add(AuditFixture.dataUri(".toggle-switch.bare .thumb-area { -fx-background-color: null; }"));
            return box;
        });
        for (String ok : List.of("darkBox", "darkRadio", "darkSwitch")) {
            assertNotReportedOn(all, AuditRule.NON_TEXT_CONTRAST, ok);
        }
        assertMessage(assertReported(all, AuditRule.NON_TEXT_CONTRAST, "faintBox"), "its StackPane.box has contrast");
        assertMessage(assertReported(all, AuditRule.NON_TEXT_CONTRAST, "faintRadio"), "its StackPane.radio has contrast");
        assertMessage(assertReported(all, AuditRule.NON_TEXT_CONTRAST, "faintSwitch"), "check box, radio button or switch");
        assertMessage(assertReported(all, AuditRule.NON_TEXT_CONTRAST, "unstyledSwitch"), "draws no border and no fill");
    }

    @Test
    void outlinedButtonWithAFaintOutline_reported_darkOutlineFilledAndTextButtons_pass() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            Button faint = id(new Button("取消"), "faint");
            faint.getStyleClass().add("faint");
            Button outlined = id(new Button("修改"), "outlined");
            outlined.getStyleClass().add("outlined");
            Button filled = id(new Button("提交"), "filled");
            filled.getStyleClass().add("filled");
            Button text = id(new Button("了解更多"), "text");
            text.getStyleClass().add("flat");
            Button barColour = id(new Button("设置"), "barColour");
            barColour.getStyleClass().add("same");
            VBox box = page(faint, outlined, filled, text, barColour);
            box.getStylesheets().add(AuditFixture.dataUri("""
                    .faint { -fx-background-color: #dddddd, #ffffff; -fx-background-insets: 0, 1; }
                    .outlined { -fx-background-color: #949494, #ffffff; -fx-background-insets: 0, 1; }
                    .filled { -fx-background-color: #0b57d0; -fx-text-fill: #ffffff; }
                    .flat { -fx-background-color: transparent; -fx-text-fill: #0b57d0; }
                    .same { -fx-background-color: #ffffff; -fx-border-color: #ffffff; -fx-text-fill: #0b57d0; }
                    .same:focused { -fx-border-color: #0b57d0; }
                    .faint:focused, .outlined:focused, .flat:focused {
                        -fx-background-color: #0b57d0, #ffffff; -fx-background-insets: 0, 2;
                    }
                    .filled:focused { -fx-background-color: #1b1b1f, #0b57d0; -fx-background-insets: 0, 2; }
                    """));
            return box;
        });
        assertMessage(assertReported(all, AuditRule.NON_TEXT_CONTRAST, "faint"), "a button's outline needs at least 3:1");
        for (String ok : List.of("outlined", "filled", "text", "barColour")) {
            assertNotReportedOn(all, AuditRule.NON_TEXT_CONTRAST, ok);
        }
    }

    @Test
    void faintFocusRing_reported_paneWithoutAFocusIndicator_reported_fixtureRing_passes() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            Button faintRing = id(new Button("修改"), "faintRing");
            faintRing.setStyle("-fx-focus-color: #99c2ff; -fx-faint-focus-color: transparent;");
            Button ring = id(new Button("提交"), "ring");
            StackPane noRing = id(new StackPane(new Label("更多")), "noRing");
            StackPane withRing = id(new StackPane(new Label("详情")), "withRing");
            for (StackPane p : List.of(noRing, withRing)) {
                p.setFocusTraversable(true);
                p.setAccessibleRole(AccessibleRole.BUTTON);
                p.setOnMouseClicked(e -> { });
                p.setStyle("-fx-min-height: 3em; -fx-background-color: #f3f6fc;");
            }
            noRing.setAccessibleText("更多");
            withRing.setAccessibleText("详情");
            withRing.getStyleClass().add("ringed");
            VBox box = page(ring, faintRing, noRing, withRing);
            box.getStylesheets().add(AuditFixture.dataUri(
                    ".ringed:focused { -fx-border-color: #1b1b1f; -fx-border-width: 2px; }"));
            return box;
        });
        assertMessage(assertReported(all, AuditRule.NON_TEXT_CONTRAST, "faintRing"),
                "focus indicator has contrast 1.82:1 at best (#99c2ff on #ffffff)");
        assertMessage(assertReported(all, AuditRule.NON_TEXT_CONTRAST, "noRing"), "shows no focus indicator");
        assertNotReportedOn(all, AuditRule.NON_TEXT_CONTRAST, "ring");
        assertNotReportedOn(all, AuditRule.NON_TEXT_CONTRAST, "withRing");
    }

    @Test
    void highContrastMode_samethreshold_whiteIconOnBlack_passes_darkGreyReported() {
        List<AuditViolation> all = audit(DisplayMode.HIGH_CONTRAST, () -> {
            VBox box = new VBox(8, withText(icon("grey", "#555555")), withText(icon("white", "#ffffff")));
            box.getStylesheets().add(AuditFixture.dataUri("#grey { -fx-icon-color: #555555; }"));
            box.setStyle("-fx-background-color: #000000;");
            return box;
        });
        assertMessage(assertReported(all, AuditRule.NON_TEXT_CONTRAST, "grey"), "on #000000");
        assertNotReportedOn(all, AuditRule.NON_TEXT_CONTRAST, "white");
    }
}
