package cn.huzhong.care.app.ui.audit;

import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.a11y.AuditRule;
import cn.huzhong.care.app.ui.a11y.AuditViolation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertMessage;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertNotReportedOn;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertPasses;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertReported;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.audit;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.id;

/** {@link AuditRule#CLIPPING}: text cut by its container, a clip or the screen edge; failing and passing fixtures. */
class ClippingAuditTest {
    private static final DisplayMode DEFAULT = DisplayMode.DEFAULT;
    private static final String TITLE = "王秀兰的服务申请、预约记录和消息通知";

    private static HBox bar(String id, Label title, boolean fixedHeight) {
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox bar = id(new HBox(title), id);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setStyle("-fx-background-color: #0b57d0; -fx-padding: 0 0.5em;"
                + (fixedHeight ? " -fx-min-height: 3.2em; -fx-pref-height: 3.2em; -fx-max-height: 3.2em;" : " -fx-min-height: 3.2em;"));
        title.setStyle("-fx-text-fill: #ffffff; -fx-font-size: 1.25em;");
        return bar;
    }

    @Test
    void titleThatWrapsInAFixedHeightBar_reported_inAnyMode_barThatGrows_passes() {
        for (DisplayMode mode : List.of(DEFAULT, DisplayMode.LARGE_TEXT)) {
            List<AuditViolation> all = audit(mode, () -> new VBox(bar("fixedBar", id(new Label(TITLE), "cut"), true),
                    bar("growingBar", id(new Label(TITLE), "whole"), false)));
            assertMessage(assertReported(all, AuditRule.CLIPPING, "cut"), "does not fit in its container HBox#fixedBar");
            assertNotReportedOn(all, AuditRule.CLIPPING, "whole");
        }
    }

    /** A container {@code shortBy} px lower than its one-line label, the label at its top. */
    private static List<AuditViolation> labelInABoxShortBy(double shortBy) {
        Label label = id(new Label("标题"), "label");
        StackPane box = id(new StackPane(label), "box");
        StackPane.setAlignment(label, Pos.TOP_LEFT);
        Scene scene = AuditFixture.show(DEFAULT, () -> new VBox(box));
        AuditFixture.runFx(() -> {
            double h = label.prefHeight(-1) - shortBy;
            box.setMinHeight(h);
            box.setPrefHeight(h);
            box.setMaxHeight(h);
            scene.getRoot().layout();
        });
        return audit(scene, DEFAULT);
    }

    @Test
    void containerExactlyAsTallAsItsText_passes_1pxShorterWithinTolerance_2pxShorter_reported() {
        assertPasses(labelInABoxShortBy(0), AuditRule.CLIPPING);
        assertPasses(labelInABoxShortBy(1), AuditRule.CLIPPING);
        assertMessage(assertReported(labelInABoxShortBy(2), AuditRule.CLIPPING, "label"), "2 px below the bottom");
    }

    /** A label under a clip as wide as it and {@code shortBy} px lower. */
    private static List<AuditViolation> clippedBy(double shortBy) {
        Label label = id(new Label("说明文字"), "clipped");
        StackPane holder = id(new StackPane(label), "holder");
        StackPane.setAlignment(label, Pos.TOP_LEFT);
        Scene scene = AuditFixture.show(DEFAULT, () -> new VBox(holder));
        AuditFixture.runFx(() -> {
            holder.setClip(new Rectangle(0, 0, label.getWidth(), label.getHeight() - shortBy));
            scene.getRoot().layout();
        });
        return audit(scene, DEFAULT);
    }

    @Test
    void clipThatHoldsTheText_passes_clip2pxTooLow_reported() {
        assertPasses(clippedBy(0), AuditRule.CLIPPING);
        assertMessage(assertReported(clippedBy(2), AuditRule.CLIPPING, "clipped"), "cut by the clip of StackPane#holder");
    }

    private static VBox tallPage(String lastId) {
        Region spacer = new Region();
        spacer.setMinHeight(AuditFixture.HEIGHT - 20);
        return new VBox(spacer, id(new Label("底部说明"), lastId));
    }

    @Test
    void textBelowTheScreenEdge_reported_sameTextInAScrollPane_passes() {
        List<AuditViolation> fixed = audit(DEFAULT, () -> tallPage("belowEdge"));
        assertMessage(assertReported(fixed, AuditRule.CLIPPING, "belowEdge"), "reaches past the edge of the 420 × 760 px screen");

        List<AuditViolation> scrolling = audit(DEFAULT, () -> {
            ScrollPane sp = new ScrollPane(tallPage("scrollable"));
            sp.setFitToWidth(true);
            return new VBox(sp);
        });
        assertPasses(scrolling, AuditRule.CLIPPING);
    }

    private static VBox scrollPage(boolean pastTheBottom) {
        VBox content = new VBox(8);
        for (int i = 1; i <= 20; i++) {
            content.getChildren().add(new Button("第" + i + "项"));
        }
        content.getChildren().add(id(new Button("确认"), "confirm"));
        ScrollPane sp = id(new ScrollPane(content), "scroll");
        sp.setFitToWidth(true);
        Region top = new Region();
        top.setMinHeight(100);
        if (pastTheBottom) {
            sp.setMinHeight(AuditFixture.HEIGHT - 100 + 40); // the scroll area reaches 40 px below the screen
        } else {
            VBox.setVgrow(sp, Priority.ALWAYS);
        }
        return new VBox(top, sp);
    }

    @Test
    void scrollPaneReachingPastTheBottom_cutsTheEndOfItsContent_oneThatFits_passes() {
        AuditViolation v = assertReported(audit(DEFAULT, () -> scrollPage(true)), AuditRule.CLIPPING, "confirm");
        assertMessage(v, "cannot be scrolled into view: the scroll area ScrollPane#scroll reaches 3");
        assertMessage(v, "px below the bottom of the screen, so the end of its content never comes into view");
        assertPasses(audit(DEFAULT, () -> scrollPage(false)), AuditRule.CLIPPING);
    }

    @Test
    void longValueInATextField_notJudged_itScrollsByDesign() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            TextField field = id(new TextField("黑龙江省大兴安岭地区呼中区呼中镇某某街道某某小区某某号楼某某单元"), "address");
            Label label = new Label("地址");
            label.setLabelFor(field);
            return new VBox(label, field);
        });
        assertPasses(all, AuditRule.CLIPPING);
    }
}
