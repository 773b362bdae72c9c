package cn.huzhong.care.app.ui.audit;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.a11y.AuditRule;
import cn.huzhong.care.app.ui.a11y.AuditViolation;
import cn.huzhong.care.app.ui.a11y.ResultInView;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.util.List;

import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertMessage;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.id;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link AuditRule#RESULT_IN_VIEW}: an action runs on a fixture screen (as a tap would: on the FX thread), then the
 * result is judged, by name or as the new text since a snapshot taken before the action.
 */
class ResultInViewAuditTest {
    private static final DisplayMode DEFAULT = DisplayMode.DEFAULT;

    /** A long scrolling form whose last row is the send button; the confirmation is added below it. */
    private static Scene longForm() {
        return AuditFixture.show(DEFAULT, () -> {
            VBox content = id(new VBox(8), "content");
            for (int i = 1; i <= 25; i++) {
                content.getChildren().add(new Button("第" + i + "项"));
            }
            content.getChildren().add(id(new Button("发送"), "send"));
            ScrollPane sp = id(new ScrollPane(content), "scroll");
            sp.setFitToWidth(true);
            VBox.setVgrow(sp, Priority.ALWAYS);
            return new VBox(sp);
        });
    }

    private static Label confirm(Scene scene) {
        Label done = id(new Label("已提交，编号 1024"), "done");
        ((VBox) scene.lookup("#content")).getChildren().add(0, new Region()); // the page changes above, too
        ((VBox) scene.lookup("#content")).getChildren().add(done);
        return done;
    }

    private static List<AuditViolation> only(List<AuditViolation> vs) {
        assertTrue(vs.stream().allMatch(v -> v.rule().equals(AuditRule.RESULT_IN_VIEW.name())), () -> lines(vs));
        return vs;
    }

    @Test
    void confirmationAppendedBelowTheFold_reported_asBelowAndNotAnnounced() {
        Scene scene = longForm();
        ResultInView.Before before = AccessibilityAudit.before(scene);
        Node done = AuditFixture.onFx(() -> confirm(scene));
        List<AuditViolation> vs = only(AccessibilityAudit.resultInView(scene, done, before, "form"));
        assertEquals(2, vs.size(), () -> lines(vs));
        assertMessage(vs.get(0), "below the visible part of the screen: scroll it into view");
        assertMessage(vs.get(1), "neither focused nor announced");
        assertTrue(vs.get(0).nodePath().endsWith("Label#done\"已提交，编号 1024\""), vs.get(0).nodePath());
    }

    @Test
    void confirmationScrolledIntoViewAndAnnounced_passes_focusedInstead_passes() {
        Scene scene = longForm();
        ResultInView.Before before = AccessibilityAudit.before(scene);
        Node done = AuditFixture.onFx(() -> {
            Label l = confirm(scene);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            ((ScrollPane) scene.lookup("#scroll")).setVvalue(1);
            A11y.announce(l, "已提交，编号 1024");
            return l;
        });
        AccessibilityAudit.assertResultInView(scene, done, before, "form");

        Scene again = longForm();
        ResultInView.Before before2 = AccessibilityAudit.before(again);
        Node focusable = AuditFixture.onFx(() -> {
            Label l = confirm(again);
            l.setFocusTraversable(true);
            l.requestFocus();
            return l;
        });
        AuditFixture.runFx(() -> {
            again.getRoot().applyCss();
            again.getRoot().layout();
            ((ScrollPane) again.lookup("#scroll")).setVvalue(1);
        });
        AccessibilityAudit.assertResultInView(again, focusable, before2, "form");
    }

    @Test
    void announcementMadeBeforeTheAction_doesNotCount() {
        Scene scene = AuditFixture.show(DEFAULT, () -> new VBox(id(new Label("已保存"), "saved")));
        AuditFixture.runFx(() -> A11y.announce(scene.getRoot(), "已保存"));
        ResultInView.Before before = AccessibilityAudit.before(scene);
        List<AuditViolation> vs = only(AccessibilityAudit.resultInView(scene, scene.lookup("#saved"), before, "s"));
        assertMessage(vs.get(0), "neither focused nor announced");
        assertTrue(AccessibilityAudit.resultInView(scene, scene.lookup("#saved"), null, "s").isEmpty(),
                "without a snapshot every announcement counts");
    }

    /** A result label whose bottom sits {@code below} px under the bottom of the screen (0: exactly at it). */
    private static List<AuditViolation> atTheBottomEdge(double below) {
        Region spacer = new Region();
        Label result = id(new Label("已预约"), "result");
        Scene scene = AuditFixture.show(DEFAULT, () -> new VBox(spacer, result));
        AuditFixture.runFx(() -> {
            double h = AuditFixture.HEIGHT - result.getHeight() + below;
            spacer.setMinHeight(h);
            spacer.setPrefHeight(h);
            spacer.setMaxHeight(h);
            scene.getRoot().layout();
            A11y.announce(result, "已预约");
        });
        return AccessibilityAudit.resultInView(scene, result, null, "edge");
    }

    @Test
    void resultEndingExactlyAtTheScreenEdge_passes_1pxBelowWithinTolerance_2pxBelow_reported() {
        assertTrue(atTheBottomEdge(0).isEmpty(), () -> lines(atTheBottomEdge(0)));
        assertTrue(atTheBottomEdge(1).isEmpty(), () -> lines(atTheBottomEdge(1)));
        List<AuditViolation> vs = atTheBottomEdge(2);
        assertEquals(1, vs.size(), () -> lines(vs));
        assertMessage(vs.get(0), "reaches 2 px below the visible part of the screen");
    }

    @Test
    void resultUnderAFixedBar_reported() {
        Scene scene = AuditFixture.show(DEFAULT, () -> {
            Label result = id(new Label("已提交"), "result");
            StackPane.setAlignment(result, Pos.TOP_LEFT);
            VBox bar = id(new VBox(new Label("呼中助残")), "bar");
            bar.getStyleClass().add(A11y.FIXED_BAR);
            bar.setStyle("-fx-background-color: #0b57d0; -fx-min-height: 4em; -fx-max-height: 4em;");
            StackPane.setAlignment(bar, Pos.TOP_CENTER);
            return new StackPane(result, bar);
        });
        AuditFixture.runFx(() -> A11y.announce(scene.getRoot(), "已提交"));
        List<AuditViolation> vs = only(AccessibilityAudit.resultInView(scene, scene.lookup("#result"), null, "bar"));
        assertEquals(1, vs.size(), () -> lines(vs));
        assertMessage(vs.get(0), "is under the fixed bar VBox#bar.hz-fixed-bar");
    }

    @Test
    void fieldErrorWithFocusOnItsField_counts_asTheScreenReaderReadsItWithTheField() {
        Scene scene = AuditFixture.show(DEFAULT, () -> {
            TextField phone = id(new TextField(), "phone");
            Label error = id(new Label(), "error");
            return new VBox(new Label("手机号"), phone, error);
        });
        ResultInView.Before before = AccessibilityAudit.before(scene);
        Node error = AuditFixture.onFx(() -> {
            Node field = scene.lookup("#phone");
            A11y.showError(field, (Label) scene.lookup("#error"), "请输入11位手机号");
            field.requestFocus();
            return scene.lookup("#error");
        });
        AccessibilityAudit.assertResultInView(scene, error, before, "form");
    }

    @Test
    void genericForm_findsTheNewTextBelowTheFold_andReportsIt() {
        Scene scene = longForm();
        ResultInView.Before before = AccessibilityAudit.before(scene);
        AuditFixture.runFx(() -> confirm(scene));
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> AccessibilityAudit.assertResultInView(before, "form"));
        assertTrue(e.getMessage().contains("form | RESULT_IN_VIEW | VBox > ScrollPane#scroll > StackPane.viewport > StackPane"
                + " > VBox#content > Label#done\"已提交，编号 1024\" | reaches"), e.getMessage());
    }

    @Test
    void genericForm_newTextInViewAndFocusMovedIntoIt_passes_aSecondIdenticalTextIsNew() {
        Scene scene = AuditFixture.show(DEFAULT, () -> new VBox(8, new Label("已提交"), id(new Button("再提交一次"), "again")));
        ResultInView.Before before = AccessibilityAudit.before(scene);
        AuditFixture.runFx(() -> {
            Button ok = new Button("已提交");
            ((VBox) scene.getRoot()).getChildren().add(ok);
            ok.requestFocus();
        });
        AccessibilityAudit.assertResultInView(before, "twice");
    }

    @Test
    void genericForm_actionThatShowsNothingNew_reported() {
        Scene scene = AuditFixture.show(DEFAULT, () -> new VBox(new Label("资料"), new Button("保存")));
        ResultInView.Before before = AccessibilityAudit.before(scene);
        List<AuditViolation> vs = only(AccessibilityAudit.resultInView(before, "nothing"));
        assertEquals(1, vs.size(), () -> lines(vs));
        assertMessage(vs.get(0), "the action showed nothing new");
    }

    @Test
    void resultNotInTheSceneOrHidden_reported() {
        Scene scene = AuditFixture.show(DEFAULT, () -> new VBox(id(new Label("已提交"), "hidden")));
        AuditFixture.runFx(() -> scene.lookup("#hidden").setVisible(false));
        assertMessage(AccessibilityAudit.resultInView(scene, scene.lookup("#hidden"), null, "x").get(0), "is not visible");
        Label elsewhere = AuditFixture.onFx(() -> new Label("别处"));
        assertMessage(AccessibilityAudit.resultInView(scene, elsewhere, null, "x").get(0), "not on the screen");
    }

    @Test
    void snackbarInAPopupWindow_judgedInItsOwnScene_announcedInIt_passes() {
        Scene scene = AuditFixture.show(DEFAULT, () -> new VBox(new Label("预约"), new Button("提交")));
        ResultInView.Before before = AccessibilityAudit.before(scene);
        Label snackbar = AuditFixture.onFx(() -> {
            Label l = new Label("已提交，编号 1024");
            l.setStyle("-fx-background-color: #1b1b1f; -fx-text-fill: #ffffff; -fx-padding: 0.5em;");
            javafx.stage.Popup popup = new javafx.stage.Popup();
            popup.getContent().add(l);
            popup.show(scene.getWindow(), scene.getWindow().getX() + 10, scene.getWindow().getY() + 600);
            return l;
        });
        try {
            assertMessage(only(AccessibilityAudit.resultInView(scene, snackbar, before, "snack")).get(0),
                    "neither focused nor announced");
            AuditFixture.runFx(() -> A11y.announce(snackbar, "已提交，编号 1024"));
            AccessibilityAudit.assertResultInView(scene, snackbar, before, "snack");
        } finally {
            AuditFixture.runFx(() -> snackbar.getScene().getWindow().hide());
        }
    }
}
