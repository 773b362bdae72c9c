package cn.huzhong.care.app.ui.audit;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.a11y.AuditRule;
import cn.huzhong.care.app.ui.a11y.AuditViolation;
import cn.huzhong.care.app.ui.a11y.LineBreaks;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertMessage;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertNotReportedOn;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.assertReported;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.audit;
import static cn.huzhong.care.app.ui.audit.AuditAssertions.id;

/**
 * {@link AuditRule#LINE_BREAKS}: each label is laid out at a width measured from its own text, so the break lands
 * exactly where the case needs it (just after "下午2:", just before "……"); the same text protected by
 * {@link LineBreaks} at the same width passes.
 */
class LineBreaksAuditTest {
    private static final DisplayMode DEFAULT = DisplayMode.DEFAULT;

    /** Labels by id, each {@code text} wrapped at the width of {@code widthOf} plus 2 px. */
    private static List<AuditViolation> labels(DisplayMode mode, Map<String, String[]> byId, String... shortIds) {
        Scene scene = AuditFixture.show(mode, () -> {
            VBox box = new VBox(8);
            for (Map.Entry<String, String[]> e : byId.entrySet()) {
                Label l = id(new Label(e.getValue()[0]), e.getKey());
                l.setWrapText(true);
                if (List.of(shortIds).contains(e.getKey())) {
                    l.getStyleClass().add(A11y.SHORT_LABEL);
                }
                box.getChildren().add(l);
            }
            return box;
        });
        AuditFixture.runFx(() -> {
            for (Map.Entry<String, String[]> e : byId.entrySet()) {
                Label l = (Label) scene.lookup("#" + e.getKey());
                Text probe = new Text(e.getValue()[1]);
                probe.setFont(l.getFont());
                double w = Math.ceil(probe.getLayoutBounds().getWidth()) + 2;
                l.setMinWidth(w);
                l.setPrefWidth(w);
                l.setMaxWidth(w);
            }
            scene.getRoot().layout();
        });
        return audit(scene, mode);
    }

    private static Map<String, String[]> cases(String... idTextWidth) {
        Map<String, String[]> m = new LinkedHashMap<>();
        for (int i = 0; i < idTextWidth.length; i += 3) {
            m.put(idTextWidth[i], new String[] {idTextWidth[i + 1], idTextWidth[i + 2]});
        }
        return m;
    }

    @Test
    void timeBrokenAfterItsColon_reported_protectedAtTheSameWidth_passes_inBothTextSizes() {
        for (DisplayMode mode : List.of(DEFAULT, DisplayMode.LARGE_TEXT)) {
            List<AuditViolation> all = labels(mode, cases(
                    "raw", "请在下午2:00前到达", "请在下午2:",
                    "protected", LineBreaks.protect("请在下午2:00前到达"), "请在下午2:"));
            assertMessage(assertReported(all, AuditRule.LINE_BREAKS, "raw"),
                    "breaks the time “下午2:00” (line 1 “请在下午2:” / line 2 “00前到达”)");
            assertNotReportedOn(all, AuditRule.LINE_BREAKS, "protected");
        }
    }

    @Test
    void dateAmountAndPhone_brokenInside_reported_protected_pass() {
        List<AuditViolation> all = labels(DEFAULT, cases(
                "date", "预约在2026年12月3日上午", "2026年12月3日",
                "amount", "每月护理补贴80 元/月", "每月护理补贴80 元",
                "phone", "有事请打139 0000 0001", "有事请打139 0000",
                "dateOk", LineBreaks.protect("预约在2026年12月3日上午"), "2026年12月3日",
                "amountOk", LineBreaks.protect("每月护理补贴80 元/月"), "每月护理补贴80 元",
                "phoneOk", LineBreaks.protect("有事请打139 0000 0001"), "有事请打139 0000"));
        assertMessage(assertReported(all, AuditRule.LINE_BREAKS, "date"), "breaks the date “2026年12月3日”");
        assertMessage(assertReported(all, AuditRule.LINE_BREAKS, "amount"), "breaks the amount “80 元/月”");
        assertMessage(assertReported(all, AuditRule.LINE_BREAKS, "phone"), "breaks the phone number “139 0000 0001”");
        for (String ok : List.of("dateOk", "amountOk", "phoneOk")) {
            assertNotReportedOn(all, AuditRule.LINE_BREAKS, ok);
        }
    }

    @Test
    void quotedTermBrokenInside_reported_protected_passes() {
        List<AuditViolation> all = labels(DEFAULT, cases(
                "term", "什么是“包保联系人”？", "什么是“包保联系",
                "termOk", LineBreaks.protect("什么是“包保联系人”？"), "什么是“包保联系"));
        assertMessage(assertReported(all, AuditRule.LINE_BREAKS, "term"), "breaks the quoted term");
        assertNotReportedOn(all, AuditRule.LINE_BREAKS, "termOk");
    }

    @Test
    void chineseNameInEnglishText_brokenInside_reported_protected_passes_butChineseTextStillBreaksBetweenCharacters() {
        List<AuditViolation> all = labels(DEFAULT, cases(
                "name", "Good morning, 王秀兰", "Good morning, 王秀",
                "nameOk", LineBreaks.protect("Good morning, 王秀兰"), "Good morning, 王秀",
                "chinese", "上午好，王秀兰，欢迎回来", "上午好，王秀"));
        assertMessage(assertReported(all, AuditRule.LINE_BREAKS, "name"), "breaks the Chinese name");
        assertNotReportedOn(all, AuditRule.LINE_BREAKS, "nameOk");
        assertNotReportedOn(all, AuditRule.LINE_BREAKS, "chinese");
        List<AuditViolation> wide = labels(DEFAULT, cases(
                "wideName", "Rehabilitation at 呼中区残疾人康复中心", "呼中区残疾人康"));
        assertNotReportedOn(wide, AuditRule.LINE_BREAKS, "wideName");
    }

    @Test
    void tokenWiderThanTheLine_mayBreakAtItsSpaces_butNotBetweenDigits() {
        List<AuditViolation> all = labels(DEFAULT, cases(
                "groups", "2301 0219 5003 1234", "2301 0219",
                "digits", "23010219500312341234", "2301021950"));
        assertNotReportedOn(all, AuditRule.LINE_BREAKS, "groups");
        assertMessage(assertReported(all, AuditRule.LINE_BREAKS, "digits"), "breaks the id number");
    }

    @Test
    void closingPunctuationStartingALine_reported_protected_passes() {
        List<AuditViolation> all = labels(DEFAULT, cases(
                "raw", "正在提交请稍候……", "正在提交请稍候",
                "protected", LineBreaks.protect("正在提交请稍候……"), "正在提交请稍候"));
        assertMessage(assertReported(all, AuditRule.LINE_BREAKS, "raw"), "starts a line with the closing punctuation “…”");
        assertNotReportedOn(all, AuditRule.LINE_BREAKS, "protected");
    }

    @Test
    void openingPunctuationEndingALine_reported_roomForIt_passes() {
        // the JDK never breaks after "（" by choice: only a line too narrow for "（好" is cut there
        List<AuditViolation> all = labels(DEFAULT, cases(
                "narrow", "（好）", "（",
                "roomy", "（好）", "（好）"));
        assertMessage(assertReported(all, AuditRule.LINE_BREAKS, "narrow"), "ends a line with the opening punctuation “（”");
        assertNotReportedOn(all, AuditRule.LINE_BREAKS, "roomy");
    }

    @Test
    void authorsLineFeed_notJudged() {
        List<AuditViolation> all = labels(DEFAULT, cases("hard", "第一行\n，第二行从逗号开始", "第一行，第二行从逗号开始"));
        assertNotReportedOn(all, AuditRule.LINE_BREAKS, "hard");
    }

    @Test
    void shortLabelBreakingInsideAWord_reported_atU200B_passes_unmarkedText_mayBreakBetweenHan() {
        List<AuditViolation> all = labels(DEFAULT, cases(
                "shortRaw", "打电话给社区", "打电",
                "shortMarked", LineBreaks.shortLabel("预约\u200B康复服务"), "预约康复",
                "body", "打电话给社区", "打电"), "shortRaw", "shortMarked");
        assertMessage(assertReported(all, AuditRule.LINE_BREAKS, "shortRaw"), "is a short label (hz-short) but breaks inside a word");
        assertNotReportedOn(all, AuditRule.LINE_BREAKS, "shortMarked");
        assertNotReportedOn(all, AuditRule.LINE_BREAKS, "body");
    }

    @Test
    void englishTimeSplitAtItsSpace_reported_protected_passes() {
        List<AuditViolation> all = labels(DisplayMode.ENGLISH, cases(
                "raw", "Come at 2:30 pm today", "Come at 2:30",
                "protected", LineBreaks.protect("Come at 2:30 pm today"), "Come at 2:30"));
        assertMessage(assertReported(all, AuditRule.LINE_BREAKS, "raw"), "breaks the time “2:30 pm”");
        assertNotReportedOn(all, AuditRule.LINE_BREAKS, "protected");
    }

    @Test
    void textFlow_judgedAsOneText() {
        Scene scene = AuditFixture.show(DEFAULT, () -> {
            TextFlow flow = id(new TextFlow(new Text("请在下午"), new Text("2:00前到达")), "flow");
            return new VBox(flow);
        });
        AuditFixture.runFx(() -> {
            TextFlow flow = (TextFlow) scene.lookup("#flow");
            Text probe = new Text("请在下午2:");
            probe.setFont(((Text) flow.getChildren().get(0)).getFont());
            double w = Math.ceil(probe.getLayoutBounds().getWidth()) + 2;
            flow.setMaxWidth(w);
            flow.setPrefWidth(w);
            scene.getRoot().layout();
        });
        assertMessage(assertReported(audit(scene, DEFAULT), AuditRule.LINE_BREAKS, "flow"), "breaks the time “下午2:00”");
    }
}
