package cn.huzhong.care.app.ui.audit;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.a11y.AuditRule;
import cn.huzhong.care.app.ui.a11y.AuditViolation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertMessage;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertPasses;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertReported;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.audit;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.id;

/** {@link AuditRule#FIXED_AREAS}: fixed bars at most 25 % of the screen height together. */
class FixedAreasAuditTest {
    /** A fixed bar of exactly {@code height} (a CSS length). */
    private static VBox bar(String id, String height) {
        VBox bar = id(new VBox(new Label("固定栏")), id);
        bar.getStyleClass().add(A11y.FIXED_BAR);
        bar.setStyle(String.format(Locale.ROOT, "-fx-background-color: #0b57d0; -fx-min-height: %1$s;"
                + " -fx-pref-height: %1$s; -fx-max-height: %1$s;", height));
        ((Label) bar.getChildren().get(0)).setStyle("-fx-text-fill: #ffffff;");
        return bar;
    }

    private static VBox screen(VBox... bars) {
        ScrollPane content = new ScrollPane(new Label("内容"));
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox root = new VBox(bars);
        root.getChildren().add(content);
        return root;
    }

    @Test
    void barsTakingExactly25Percent_pass_onePixelMore_reportedOnTheTallest() {
        // the fixture screen is 760 px high: 25 % is 190 px
        assertPasses(audit(DisplayMode.DEFAULT, () -> screen(bar("appBar", "90px"), bar("banner", "100px"))),
                AuditRule.FIXED_AREAS);
        List<AuditViolation> over = audit(DisplayMode.DEFAULT, () -> screen(bar("appBar", "90px"), bar("banner", "101px")));
        AuditViolation v = assertReported(over, AuditRule.FIXED_AREAS, "banner");
        assertMessage(v, "fixed bars take 191 px, 25 % of the 760 px high screen");
        assertMessage(v, "VBox#appBar.hz-fixed-bar 90 px + VBox#banner.hz-fixed-bar 101 px");
    }

    @Test
    void barInsideABar_countsOnce_hiddenBar_doesNotCount() {
        assertPasses(audit(DisplayMode.DEFAULT, () -> {
            VBox outer = bar("outer", "180px");
            outer.getChildren().add(bar("inner", "60px"));
            VBox hidden = bar("hidden", "200px");
            hidden.setVisible(false);
            hidden.setManaged(false);
            return screen(outer, hidden);
        }), AuditRule.FIXED_AREAS);
    }

    @Test
    void emSizedAppBarAndBanner_passAt100Percent_reportedAt200Percent() {
        // 3.2 em + 4 em = 7.2 em: 130 px (17 %) at 100 %, 259 px (34 %) at 200 %
        assertPasses(audit(DisplayMode.DEFAULT, () -> screen(bar("appBar", "3.2em"), bar("banner", "4em"))),
                AuditRule.FIXED_AREAS);
        assertMessage(assertReported(audit(DisplayMode.LARGE_TEXT,
                () -> screen(bar("appBar", "3.2em"), bar("banner", "4em"))), AuditRule.FIXED_AREAS, "banner"), "34 %");
    }
}
