package cn.huzhong.care.app.ui.audit;

import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.a11y.AuditRule;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertMessage;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertPasses;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertReported;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.audit;

/** {@link AuditRule#TEXT_GAP}: two texts side by side keep a quarter of their font size apart (4.5 px at 18 px). */
class TextGapAuditTest {
    private static Parent row(double spacing) {
        Label home = new Label("Home");
        Label services = new Label("Services");
        services.setId("services");
        return new VBox(new HBox(spacing, home, services));
    }

    @Test
    void fivePixelsApart_pass_threeOrNoneOrOverlapping_reported() {
        assertPasses(audit(DisplayMode.DEFAULT, () -> row(5)), AuditRule.TEXT_GAP);
        assertMessage(assertReported(audit(DisplayMode.DEFAULT, () -> row(3)), AuditRule.TEXT_GAP, "services"),
                "runs into text “Home”");
        assertReported(audit(DisplayMode.DEFAULT, () -> row(0)), AuditRule.TEXT_GAP, "services");
        assertMessage(assertReported(audit(DisplayMode.DEFAULT, () -> row(-10)), AuditRule.TEXT_GAP, "services"),
                "overlaps text “Home”");
    }

    @Test
    void theGapGrowsWithTheText_fivePixelsAreTooFewAt200Percent() {
        // 0.25 em of 36 px is 9 px
        assertMessage(assertReported(audit(DisplayMode.LARGE_TEXT, () -> row(5)), AuditRule.TEXT_GAP, "services"),
                "at least 9 px needed");
        assertPasses(audit(DisplayMode.LARGE_TEXT, () -> row(10)), AuditRule.TEXT_GAP);
    }

    @Test
    void textsAboveEachOther_orLayeredInAStackPane_areNotARow() {
        assertPasses(audit(DisplayMode.DEFAULT, () -> new VBox(0, new Label("Home"), new Label("Services"))),
                AuditRule.TEXT_GAP);
        assertPasses(audit(DisplayMode.DEFAULT, () -> new VBox(new StackPane(new Label("页面上的文字"),
                new Label("浮在上面的提示")))), AuditRule.TEXT_GAP);
    }
}
