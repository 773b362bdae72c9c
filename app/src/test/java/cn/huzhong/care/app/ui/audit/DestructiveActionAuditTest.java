package cn.huzhong.care.app.ui.audit;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.a11y.AuditRule;
import cn.huzhong.care.app.ui.a11y.AuditViolation;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertMessage;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertNotReportedOn;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertPasses;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertReported;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.audit;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.id;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.page;

/** {@link AuditRule#DESTRUCTIVE_ACTION}: never styled primary; the safe choice first. */
class DestructiveActionAuditTest {
    private static final DisplayMode DEFAULT = DisplayMode.DEFAULT;

    private static Button destructive(String id, String text, String style) {
        Button b = A11y.destructive(id(new Button(text), id));
        if (style != null) {
            b.setStyle(style);
        }
        return b;
    }

    private static final String OUTLINED_ERROR = "-fx-background-color: #b3261e, #ffffff; -fx-background-insets: 0, 2;"
            + " -fx-text-fill: #b3261e;";

    @Test
    void destructiveStyledPrimary_reported_outlinedInTheErrorColour_passes() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            Button primary = destructive("asPrimary", "删除账号", null);
            primary.getStyleClass().add(A11y.PRIMARY);
            return page(new VBox(8, primary), new VBox(8, destructive("outlined", "取消预约", OUTLINED_ERROR)));
        });
        assertMessage(assertReported(all, AuditRule.DESTRUCTIVE_ACTION, "asPrimary"), "styled as the primary one (hz-primary)");
        assertNotReportedOn(all, AuditRule.DESTRUCTIVE_ACTION, "outlined");
    }

    @Test
    void destructiveFilledWithTheAccentColour_reported_evenWithNoPrimaryOnTheScreen() {
        // the fixture's hz-primary is filled #0b57d0: the probe finds it although no primary is shown
        List<AuditViolation> all = audit(DEFAULT, () -> page(new VBox(8,
                destructive("accentFill", "确认取消", "-fx-background-color: #0b57d0; -fx-text-fill: #ffffff;"))));
        assertMessage(assertReported(all, AuditRule.DESTRUCTIVE_ACTION, "accentFill"), "filled with the accent colour #0b57d0");
    }

    @Test
    void accentColourDistance_within0point08_reported_beyond_passes_filledRed_passes() {
        // #1d57d0 is 18/255 = 0.071 from #0b57d0; #2057d0 is 21/255 = 0.082
        List<AuditViolation> all = audit(DEFAULT, () -> page(
                new VBox(destructive("near", "删除", "-fx-background-color: #1d57d0; -fx-text-fill: #ffffff;")),
                new VBox(destructive("far", "注销", "-fx-background-color: #2057d0; -fx-text-fill: #ffffff;")),
                new VBox(destructive("red", "清空", "-fx-background-color: #b3261e; -fx-text-fill: #ffffff;"))));
        assertReported(all, AuditRule.DESTRUCTIVE_ACTION, "near");
        assertNotReportedOn(all, AuditRule.DESTRUCTIVE_ACTION, "far");
        assertNotReportedOn(all, AuditRule.DESTRUCTIVE_ACTION, "red");
    }

    @Test
    void destructiveDefaultButton_reported() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            Button b = destructive("byEnter", "删除", OUTLINED_ERROR);
            b.setDefaultButton(true);
            return page(new VBox(b));
        });
        assertMessage(assertReported(all, AuditRule.DESTRUCTIVE_ACTION, "byEnter"), "default button");
    }

    @Test
    void destructiveBeforeTheSafeChoice_inARowOrAStack_reported_safeFirst_passes() {
        List<AuditViolation> all = audit(DEFAULT, () -> page(
                new HBox(8, destructive("rowDelete", "确认取消", OUTLINED_ERROR), id(new Button("不取消了"), "rowKeep")),
                new VBox(8, destructive("stackDelete", "删除", OUTLINED_ERROR), id(new Button("保留"), "stackKeep")),
                new HBox(8, id(new Button("不取消了"), "keepFirst"), destructive("deleteSecond", "确认取消", OUTLINED_ERROR))));
        assertMessage(assertReported(all, AuditRule.DESTRUCTIVE_ACTION, "rowDelete"),
                "comes before the safe choice Button#rowKeep");
        assertReported(all, AuditRule.DESTRUCTIVE_ACTION, "stackDelete");
        assertNotReportedOn(all, AuditRule.DESTRUCTIVE_ACTION, "deleteSecond");
    }

    @Test
    void groupsOfOnlyDestructiveActions_orALinkAfterThem_judgedAsTheyAre_dangerClassAlone_counts() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            Button byClass = id(new Button("删除照片"), "byClass");
            byClass.getStyleClass().add(A11y.DANGER);
            byClass.setStyle(OUTLINED_ERROR);
            return page(
                    new HBox(8, destructive("a", "删除", OUTLINED_ERROR), destructive("b", "清空", OUTLINED_ERROR)),
                    new HBox(8, byClass, id(new Hyperlink("帮助"), "help")));
        });
        assertNotReportedOn(all, AuditRule.DESTRUCTIVE_ACTION, "a");
        assertNotReportedOn(all, AuditRule.DESTRUCTIVE_ACTION, "b");
        assertReported(all, AuditRule.DESTRUCTIVE_ACTION, "byClass");
    }

    @Test
    void screenWithoutDestructiveActions_passes() {
        assertPasses(audit(DEFAULT, () -> page(new HBox(8, new Button("返回"), new Button("下一步")))),
                AuditRule.DESTRUCTIVE_ACTION);
    }
}
