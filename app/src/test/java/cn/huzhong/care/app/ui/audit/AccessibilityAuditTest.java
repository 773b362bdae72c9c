package cn.huzhong.care.app.ui.audit;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.a11y.AuditRule;
import cn.huzhong.care.app.ui.a11y.AuditViolation;
import cn.huzhong.care.app.ui.a11y.NodePaths;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kordamp.ikonli.javafx.FontIcon;
import org.opentest4j.AssertionFailedError;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tests of the audit itself: every rule is shown to fail on a broken node (by rule name, on the expected node) and
 * to pass on a correct one, with the edges of each threshold; the well-built screen passes in every audit mode.
 */
class AccessibilityAuditTest {
    private static final DisplayMode DEFAULT = DisplayMode.DEFAULT;
    private static List<AuditViolation> brokenDefault;
    private static List<AuditViolation> brokenLarge;

    // ------------------------------------------------------------------------------------------ helpers

    private static synchronized List<AuditViolation> brokenAt100() {
        if (brokenDefault == null) {
            brokenDefault = audit(AuditFixture.show(DEFAULT, AuditScreens::broken), DEFAULT);
        }
        return brokenDefault;
    }

    private static synchronized List<AuditViolation> brokenAt200() {
        if (brokenLarge == null) {
            brokenLarge = audit(AuditFixture.show(DisplayMode.LARGE_TEXT, AuditScreens::broken), DisplayMode.LARGE_TEXT);
        }
        return brokenLarge;
    }

    private static List<AuditViolation> audit(Scene scene, DisplayMode mode) {
        return AccessibilityAudit.audit(scene, "fixture", mode);
    }

    private static List<AuditViolation> audit(DisplayMode mode, Supplier<? extends Parent> content) {
        return audit(AuditFixture.show(mode, content), mode);
    }

    private static List<AuditViolation> only(List<AuditViolation> all, AuditRule rule) {
        return all.stream().filter(v -> v.rule().equals(rule.name())).toList();
    }

    /** Whether the path's last step is the node with this id. */
    private static boolean on(AuditViolation v, String id) {
        String last = v.nodePath().substring(v.nodePath().lastIndexOf(" > ") + 1);
        return Pattern.compile("#" + Pattern.quote(id) + "(?![\\w-])").matcher(last).find();
    }

    private static AuditViolation assertReported(List<AuditViolation> all, AuditRule rule, String id) {
        return only(all, rule).stream().filter(v -> on(v, id)).findFirst().orElseThrow(() -> new AssertionFailedError(
                "expected " + rule + " on #" + id + "; the audit found:\n" + lines(all)));
    }

    private static void assertNotReportedOn(List<AuditViolation> all, AuditRule rule, String id) {
        List<AuditViolation> hits = only(all, rule).stream().filter(v -> on(v, id)).toList();
        assertTrue(hits.isEmpty(), () -> "expected no " + rule + " on #" + id + " but got:\n" + lines(hits));
    }

    private static void assertPasses(List<AuditViolation> all, AuditRule rule) {
        List<AuditViolation> hits = only(all, rule);
        assertTrue(hits.isEmpty(), () -> "expected no " + rule + " but got:\n" + lines(hits));
    }

    private static String lines(List<AuditViolation> vs) {
        return vs.stream().map(v -> "  " + v).collect(Collectors.joining("\n"));
    }

    private static <T extends Node> T id(T node, String id) {
        node.setId(id);
        return node;
    }

    /** A button of exactly {@code w} × {@code h} px. */
    private static Button fixed(String id, String text, double w, double h) {
        Button b = id(new Button(text), id);
        b.setStyle(String.format(Locale.ROOT, "-fx-padding: 0; -fx-min-width: %1$spx; -fx-pref-width: %1$spx;"
                + " -fx-max-width: %1$spx; -fx-min-height: %2$spx; -fx-pref-height: %2$spx; -fx-max-height: %2$spx;", w, h));
        return b;
    }

    private static Label coloured(String id, String text, String style) {
        Label l = id(new Label(text), id);
        l.setStyle(style);
        return l;
    }

    private static VBox whitePage(Node... children) {
        VBox box = new VBox(8, children);
        box.setStyle("-fx-background-color: #ffffff; -fx-padding: 8;");
        return box;
    }

    private static Label labelFor(String text, Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        return l;
    }

    static List<DisplayMode> auditModes() {
        return DisplayMode.AUDIT_MODES;
    }

    // ------------------------------------------------------------------------------------------ whole screens

    @Test
    void brokenScreens_atDefaultAnd200Percent_reportEverySceneRuleByName() {
        Set<AuditRule> seen = EnumSet.noneOf(AuditRule.class);
        brokenAt100().forEach(v -> seen.add(v.auditRule()));
        brokenAt200().forEach(v -> seen.add(v.auditRule()));
        List<AuditViolation> kit = audit(DEFAULT, AuditScreens::brokenKit);
        kit.forEach(v -> seen.add(v.auditRule()));
        Set<AuditRule> sceneRules = EnumSet.noneOf(AuditRule.class);
        Arrays.stream(AuditRule.values()).filter(AuditRule::sceneRule).forEach(sceneRules::add);
        assertEquals(sceneRules, seen, () -> "rules never reported; found:\n" + lines(brokenAt200()) + "\n" + lines(kit));
        assertEquals(EnumSet.of(AuditRule.RESULT_IN_VIEW), EnumSet.complementOf(EnumSet.copyOf(sceneRules)),
                "only RESULT_IN_VIEW needs an action (ResultInViewAuditTest)");
    }

    @Test
    void brokenKitScreen_reportsEachNewRuleOnTheNodeThatBreaksIt() {
        List<AuditViolation> all = audit(DEFAULT, AuditScreens::brokenKit);
        assertTrue(assertReported(all, AuditRule.CLIPPING, "clippedTitle").message().contains("appBar"));
        assertTrue(assertReported(all, AuditRule.NON_TEXT_CONTRAST, "darkIcon").message().contains("#1b1b1f on #0b57d0"));
        assertTrue(assertReported(all, AuditRule.LINE_BREAKS, "brokenTime").message().contains("time “下午2:00”"));
        assertTrue(assertReported(all, AuditRule.FIXED_AREAS, "tallBanner").message().contains("at most 25 %"));
        assertTrue(assertReported(all, AuditRule.DESTRUCTIVE_ACTION, "deleteFirst").message().contains("primary"));
        assertTrue(assertReported(all, AuditRule.TEXT_GAP, "runTogether").message()
                .contains("text “Services” runs into text “Home” ("), () -> lines(all));
        assertTrue(only(all, AuditRule.DESTRUCTIVE_ACTION).stream().anyMatch(v -> on(v, "deleteFirst")
                && v.message().contains("before the safe choice Button#keep")), () -> lines(all));
    }

    @ParameterizedTest
    @MethodSource("auditModes")
    void wellBuiltScreen_inEachAuditMode_passes(DisplayMode mode) {
        Scene scene = AuditScreens.showWellBuilt(mode);
        AccessibilityAudit.assertAccessible(scene, "well-built", mode);
    }

    @Test
    void assertAccessible_brokenScreen_failsWithOneReadableLinePerViolation() {
        Scene scene = AuditFixture.show(DEFAULT, AuditScreens::broken);
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> AccessibilityAudit.assertAccessible(scene, "broken", DEFAULT));
        String[] lines = e.getMessage().split("\n");
        assertTrue(lines[0].startsWith("Accessibility audit of 'broken' in mode zh-100: "), lines[0]);
        List<String> body = Arrays.stream(lines).skip(1).map(String::strip).toList();
        assertEquals(brokenAt100().size(), body.size(), e.getMessage());
        assertTrue(body.contains("broken | TOUCH_TARGET | VBox#content > Button#tiny\"小\" | is 30 × 30 px;"
                + " touch targets need at least 48 × 48 px"), e.getMessage());
        for (String line : body) {
            String[] parts = line.split(" \\| ", 4);
            assertEquals(4, parts.length, line);
            assertEquals("broken", parts[0]);
            AuditRule.valueOf(parts[1]);
        }
    }

    @Test
    void audit_calledOnTheFxThread_givesTheSameReportAsFromATestThread() {
        Scene scene = AuditFixture.show(DEFAULT, AuditScreens::broken);
        List<AuditViolation> fromTest = audit(scene, DEFAULT);
        List<AuditViolation> fromFx = AuditFixture.onFx(() -> audit(scene, DEFAULT));
        assertEquals(fromTest, fromFx);
    }

    @Test
    void nodePath_nestedButton_readsIdsIndexesStyleClassesAndText() {
        Button apply = new Button("申请");
        Button other = new Button("取消");
        other.getStyleClass().add(A11y.PRIMARY);
        VBox content = id(new VBox(new HBox(new Label("标题")), new HBox(apply, other)), "content");
        AuditFixture.show(DEFAULT, () -> content);
        assertEquals("VBox#content > HBox[2] > Button[1]\"申请\"", AuditFixture.onFx(() -> NodePaths.path(apply)));
        assertEquals("VBox#content > HBox[2] > Button.hz-primary[2]\"取消\"", AuditFixture.onFx(() -> NodePaths.path(other)));
    }

    // ------------------------------------------------------------------------------------------ speakable text

    @Test
    void speakableText_iconOnlyButton_reported() {
        AuditViolation v = assertReported(brokenAt100(), AuditRule.SPEAKABLE_TEXT, "iconOnly");
        assertTrue(v.message().contains("icon glyph"), v.message());
    }

    @Test
    void speakableText_fieldWithOnlyAPrompt_reported() {
        AuditViolation v = assertReported(brokenAt100(), AuditRule.SPEAKABLE_TEXT, "promptOnly");
        assertTrue(v.message().contains("prompt text “手机号” is not a name"), v.message());
    }

    @Test
    void speakableText_namedIconButtonLabelledInputsAndDecorativeIcon_pass() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            Button home = id(new Button(null, new FontIcon("mdi2h-home")), "home");
            home.setAccessibleText("主页");
            TextField phone = id(new TextField(), "phone");
            phone.setPromptText("11位数字");
            ListView<String> towns = id(new ListView<>(FXCollections.observableArrayList("呼中镇", "碧水镇")), "towns");
            Label status = new Label("已通过", new FontIcon("mdi2c-check-circle"));
            return new VBox(home, A11y.decorative(new FontIcon("mdi2h-heart")), status,
                    labelFor("手机号", phone), phone, labelFor("乡镇", towns), towns);
        });
        assertPasses(all, AuditRule.SPEAKABLE_TEXT);
    }

    @Test
    void speakableText_tableRowsNamedByTheirCells_pass() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            TableView<String[]> payments = id(new TableView<>(FXCollections.observableArrayList(
                    new String[][] {{"2024年3月", "300元"}, {"2024年4月", "300元"}})), "payments");
            for (int i = 0; i < 2; i++) {
                int col = i;
                TableColumn<String[], String> c = new TableColumn<>(i == 0 ? "月份" : "金额");
                c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue()[col]));
                payments.getColumns().add(c);
            }
            payments.setStyle("-fx-pref-height: 10em;");
            return new VBox(labelFor("发放记录", payments), payments);
        });
        assertPasses(all, AuditRule.SPEAKABLE_TEXT);
    }

    @Test
    void speakableText_bareIconAndDecorativeButton_reported() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            FontIcon info = id(new FontIcon("mdi2i-information"), "info");
            Button decorated = id(new Button(null, new FontIcon("mdi2h-heart")), "decorated");
            decorated.getStyleClass().add(A11y.DECORATIVE);
            return new VBox(info, decorated);
        });
        assertReported(all, AuditRule.SPEAKABLE_TEXT, "info");
        assertTrue(assertReported(all, AuditRule.SPEAKABLE_TEXT, "decorated").message().contains("must not be interactive"));
    }

    // ------------------------------------------------------------------------------------------ role

    @Test
    void role_clickablePaneWithoutRole_reported() {
        AuditViolation v = assertReported(brokenAt100(), AuditRule.ROLE, "morePane");
        assertTrue(v.message().contains("PARENT"), v.message());
    }

    @Test
    void role_clickableLabel_reported() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            Label more = id(new Label("更多"), "moreLabel");
            more.setOnMouseClicked(e -> { });
            return new VBox(more);
        });
        assertTrue(assertReported(all, AuditRule.ROLE, "moreLabel").message().contains("TEXT"));
    }

    @Test
    void role_clickablePaneWithButtonRoleAndControls_pass() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            StackPane more = id(new StackPane(new Label("更多")), "morePane");
            more.setOnMouseClicked(e -> { });
            more.setAccessibleRole(AccessibleRole.BUTTON);
            more.setAccessibleText("更多");
            TextField field = new TextField();
            return new VBox(more, new Button("提交"), new CheckBox("同意"), labelFor("姓名", field), field);
        });
        assertPasses(all, AuditRule.ROLE);
    }

    // ------------------------------------------------------------------------------------------ labelled inputs

    @Test
    void labelledInputs_fieldWithOnlyAPrompt_reported() {
        AuditViolation v = assertReported(brokenAt100(), AuditRule.LABELLED_INPUT, "promptOnly");
        assertTrue(v.message().contains("prompt text “手机号” is not a label"), v.message());
    }

    @Test
    void labelledInputs_everyKindOfInputWithAVisibleLabel_pass() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            TextField name = new TextField();
            name.setPromptText("例如 张三");
            PasswordField password = new PasswordField();
            TextArea note = new TextArea();
            note.setPrefRowCount(2);
            ComboBox<String> kind = new ComboBox<>(FXCollections.observableArrayList("轮椅", "助听器"));
            DatePicker date = new DatePicker();
            Spinner<Integer> count = new Spinner<>(1, 9, 1);
            Slider volume = new Slider();
            RadioButton noText = new RadioButton();
            return new VBox(labelFor("姓名", name), name, labelFor("密码", password), password, labelFor("备注", note), note,
                    labelFor("辅具", kind), kind, labelFor("日期", date), date, labelFor("数量", count), count,
                    labelFor("音量", volume), volume, new CheckBox("同意须知"), labelFor("女", noText), noText);
        });
        assertPasses(all, AuditRule.LABELLED_INPUT);
    }

    @Test
    void labelledInputs_hiddenLabelAndTextlessCheckBox_reported() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            TextField name = id(new TextField(), "hiddenLabelField");
            Label hidden = labelFor("姓名", name);
            hidden.setVisible(false);
            CheckBox bare = id(new CheckBox(), "bareCheck");
            return new VBox(hidden, name, bare);
        });
        assertTrue(assertReported(all, AuditRule.LABELLED_INPUT, "hiddenLabelField").message().contains("not visible"));
        assertReported(all, AuditRule.LABELLED_INPUT, "bareCheck");
    }

    // ------------------------------------------------------------------------------------------ touch target

    @Test
    void touchTarget_30pxButton_reported() {
        AuditViolation v = assertReported(brokenAt100(), AuditRule.TOUCH_TARGET, "tiny");
        assertTrue(v.message().startsWith("is 30 × 30 px"), v.message());
    }

    @Test
    void touchTarget_exactly48px_passes() {
        assertPasses(audit(DEFAULT, () -> new VBox(fixed("ok", "好", 48, 48))), AuditRule.TOUCH_TARGET);
    }

    @Test
    void touchTarget_47pxWideOr47pxHigh_reported() {
        List<AuditViolation> all = audit(DEFAULT, () -> new VBox(fixed("narrow", "窄", 47, 48), fixed("low", "低", 48, 47)));
        assertReported(all, AuditRule.TOUCH_TARGET, "narrow");
        assertReported(all, AuditRule.TOUCH_TARGET, "low");
    }

    @Test
    void touchTarget_primaryAndTileAt60px_pass_at59px_reported() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            Button primary60 = fixed("primary60", "提交", 60, 60);
            Button tile60 = fixed("tile60", "补贴", 60, 60);
            Button primary59 = fixed("primary59", "提交", 120, 59);
            Button tile59 = fixed("tile59", "热线", 59, 120);
            primary60.getStyleClass().add(A11y.PRIMARY);
            primary59.getStyleClass().add(A11y.PRIMARY);
            tile60.getStyleClass().add(A11y.TILE);
            tile59.getStyleClass().add(A11y.TILE);
            return new VBox(primary60, tile60, primary59, tile59);
        });
        assertNotReportedOn(all, AuditRule.TOUCH_TARGET, "primary60");
        assertNotReportedOn(all, AuditRule.TOUCH_TARGET, "tile60");
        assertTrue(assertReported(all, AuditRule.TOUCH_TARGET, "primary59").message().contains("60 × 60"));
        assertReported(all, AuditRule.TOUCH_TARGET, "tile59");
    }

    // ------------------------------------------------------------------------------------------ text size

    @Test
    void textSize_labelAt0point7em_reported() {
        AuditViolation v = assertReported(brokenAt100(), AuditRule.TEXT_SIZE, "fine");
        assertTrue(v.message().contains("12.6 px"), v.message());
    }

    @Test
    void textSize_exactly18pxAt100Percent_passes_17pxReported() {
        List<AuditViolation> all = audit(DEFAULT, () -> new VBox(
                coloured("px18", "正文", "-fx-font-size: 18px;"), coloured("px17", "正文", "-fx-font-size: 17px;")));
        assertNotReportedOn(all, AuditRule.TEXT_SIZE, "px18");
        assertReported(all, AuditRule.TEXT_SIZE, "px17");
    }

    @Test
    void textSize_fixedPixelsAt200Percent_reported_emSizedPasses() {
        List<AuditViolation> all = audit(DisplayMode.LARGE_TEXT, () -> new VBox(
                coloured("fixedPx", "正文", "-fx-font-size: 18px;"), coloured("em", "正文", "-fx-font-size: 1em;")));
        assertTrue(assertReported(all, AuditRule.TEXT_SIZE, "fixedPx").message().contains("at least 36 px"));
        assertNotReportedOn(all, AuditRule.TEXT_SIZE, "em");
    }

    // ------------------------------------------------------------------------------------------ contrast

    @Test
    void contrast_greyOnLightBackground_reported() {
        AuditViolation v = assertReported(brokenAt100(), AuditRule.CONTRAST, "faint");
        assertTrue(v.message().contains("2.59:1 (#999999 on #f4f4f4)"), v.message());
    }

    @Test
    void contrast_justAboveAndBelow4point5_passesAndReported() {
        List<AuditViolation> all = audit(DEFAULT, () -> whitePage(
                coloured("above", "正文", "-fx-text-fill: #767676;"), coloured("below", "正文", "-fx-text-fill: #777777;")));
        assertNotReportedOn(all, AuditRule.CONTRAST, "above");
        assertTrue(assertReported(all, AuditRule.CONTRAST, "below").message().contains("4.48:1"));
    }

    @Test
    void contrast_largeText24px_needsOnly3to1() {
        List<AuditViolation> all = audit(DEFAULT, () -> whitePage(
                coloured("above", "标题", "-fx-font-size: 24px; -fx-text-fill: #949494;"),
                coloured("below", "标题", "-fx-font-size: 24px; -fx-text-fill: #959595;"),
                coloured("small", "正文", "-fx-font-size: 23px; -fx-text-fill: #949494;")));
        assertNotReportedOn(all, AuditRule.CONTRAST, "above");
        assertReported(all, AuditRule.CONTRAST, "below");
        assertReported(all, AuditRule.CONTRAST, "small");
    }

    @Test
    void contrast_highContrastMode_needs7to1() {
        List<AuditViolation> all = audit(DisplayMode.HIGH_CONTRAST, () -> whitePage(
                coloured("above", "正文", "-fx-text-fill: #595959;"), coloured("below", "正文", "-fx-text-fill: #5a5a5a;")));
        assertNotReportedOn(all, AuditRule.CONTRAST, "above");
        assertTrue(assertReported(all, AuditRule.CONTRAST, "below").message().contains("high-contrast mode needs at least 7:1"));
        assertPasses(audit(DEFAULT, () -> whitePage(coloured("below", "正文", "-fx-text-fill: #5a5a5a;"))), AuditRule.CONTRAST);
    }

    @Test
    void contrast_translucentBackground_isBlendedOverWhatIsBelow() {
        List<AuditViolation> all = audit(DEFAULT, () -> whitePage(
                new StackPane(coloured("halfShade", "正文", "-fx-text-fill: #ffffff;")) {{
                    setStyle("-fx-background-color: rgba(0,0,0,0.5);");
                }},
                new StackPane(coloured("darkShade", "正文", "-fx-text-fill: #ffffff;")) {{
                    setStyle("-fx-background-color: rgba(0,0,0,0.8);");
                }}));
        assertTrue(assertReported(all, AuditRule.CONTRAST, "halfShade").message().contains("on #808080"));
        assertNotReportedOn(all, AuditRule.CONTRAST, "darkShade");
    }

    @Test
    void contrast_gradientBackground_worstStopDecides() {
        List<AuditViolation> all = audit(DEFAULT, () -> whitePage(new StackPane(
                coloured("onGradient", "正文", "-fx-text-fill: #000000;")) {{
                    setStyle("-fx-background-color: linear-gradient(to bottom, #ffffff, #333333);");
                }}));
        assertTrue(assertReported(all, AuditRule.CONTRAST, "onGradient").message().contains("#000000 on #333333"));
    }

    @Test
    void contrast_disabledControl_exemptAsWcagAllows() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            Label off = coloured("off", "不可用", "-fx-text-fill: #999999;");
            off.setDisable(true);
            return whitePage(off);
        });
        assertNotReportedOn(all, AuditRule.CONTRAST, "off");
    }

    // ------------------------------------------------------------------------------------------ no truncation

    @Test
    void noTruncation_longTitleAt200Percent_reported_notAt100Percent() {
        AuditViolation v = assertReported(brokenAt200(), AuditRule.NO_TRUNCATION, "longTitle");
        assertTrue(v.message().contains("..."), v.message());
        assertNotReportedOn(brokenAt100(), AuditRule.NO_TRUNCATION, "longTitle");
    }

    @Test
    void noTruncation_wrappedLongTitleAt200Percent_passes() {
        List<AuditViolation> all = audit(DisplayMode.LARGE_TEXT, () -> new VBox(
                AuditScreens.wrapped(new Label("这是一个很长很长的标题两倍字号时放不下"))));
        assertPasses(all, AuditRule.NO_TRUNCATION);
    }

    @Test
    void noTruncation_rowWiderThanTheScreen_reported() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            Region wide = new Region();
            wide.setMinWidth(600);
            HBox row = id(new HBox(wide), "wideRow");
            row.setMinWidth(600);
            return new VBox(row);
        });
        assertTrue(assertReported(all, AuditRule.NO_TRUNCATION, "wideRow").message().contains("past the right edge"));
    }

    @Test
    void noTruncation_scrollPaneWithWiderContent_reported_fitToWidthPasses() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            Region wide = new Region();
            wide.setMinWidth(800);
            wide.setMinHeight(50);
            ScrollPane sideways = id(new ScrollPane(wide), "sideways");
            ScrollPane fitted = id(new ScrollPane(AuditScreens.wrapped(new Label("这是一个很长很长的说明文字要换行显示才能看全"))), "fitted");
            fitted.setFitToWidth(true);
            fitted.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            return new VBox(sideways, fitted);
        });
        assertReported(all, AuditRule.NO_TRUNCATION, "sideways");
        assertNotReportedOn(all, AuditRule.NO_TRUNCATION, "fitted");
    }

    // ------------------------------------------------------------------------------------------ duplicate text

    @Test
    void duplicateText_twoCancelButtons_reportedOnTheSecond() {
        AuditViolation v = assertReported(brokenAt100(), AuditRule.DUPLICATE_TEXT, "cancelB");
        assertTrue(v.message().contains("Button#cancelA"), v.message());
        assertNotReportedOn(brokenAt100(), AuditRule.DUPLICATE_TEXT, "cancelA");
    }

    @Test
    void duplicateText_sameActionOrDistinctNames_pass() {
        List<AuditViolation> all = audit(DEFAULT, () -> new VBox(
                A11y.action(new Button("帮助"), "help"), A11y.action(new Button("帮助"), "help"),
                new Button("取消 3月5日的预约"), new Button("取消 3月9日的预约")));
        assertPasses(all, AuditRule.DUPLICATE_TEXT);
    }

    @Test
    void duplicateText_sameNameDifferentActions_reported() {
        List<AuditViolation> all = audit(DEFAULT, () -> new VBox(
                id(A11y.action(new Button("删除"), "delete-photo"), "first"),
                id(A11y.action(new Button("删除"), "delete-account"), "second")));
        assertReported(all, AuditRule.DUPLICATE_TEXT, "second");
    }

    // ------------------------------------------------------------------------------------------ redundant words

    @Test
    void redundantWords_按钮InButtonText_reported() {
        AuditViolation v = assertReported(brokenAt100(), AuditRule.REDUNDANT_WORDS, "submitButton");
        assertTrue(v.message().contains("“按钮”"), v.message());
    }

    @Test
    void redundantWords_englishAndAccessibleText_reportedIgnoringCase() {
        List<AuditViolation> all = audit(DisplayMode.ENGLISH, () -> {
            Button icon = id(new Button(null, new FontIcon("mdi2h-home")), "icon");
            icon.setAccessibleText("点击回到主页");
            return new VBox(id(new Button("Click here"), "click"), id(new Button("Submit BUTTON"), "submit"), icon);
        });
        assertReported(all, AuditRule.REDUNDANT_WORDS, "click");
        assertReported(all, AuditRule.REDUNDANT_WORDS, "submit");
        assertReported(all, AuditRule.REDUNDANT_WORDS, "icon");
    }

    @Test
    void redundantWords_plainActionNamesAndInstructionText_pass() {
        List<AuditViolation> all = audit(DEFAULT, () -> new VBox(
                AuditScreens.wrapped(new Label("填好后点击下方的提交")), new Button("提交"), new Button("Submit")));
        assertPasses(all, AuditRule.REDUNDANT_WORDS);
    }

    // ------------------------------------------------------------------------------------------ focus order

    @Test
    void focusOrder_childOrderAgainstTheLayout_reported() {
        AuditViolation v = assertReported(brokenAt100(), AuditRule.FOCUS_ORDER, "rowFirstChild");
        assertTrue(v.message().contains("Button#rowSecondChild"), v.message());
    }

    @Test
    void focusOrder_fieldThatSwallowsTab_reportedAsTrap() {
        AuditViolation v = assertReported(brokenAt100(), AuditRule.FOCUS_ORDER, "trap");
        assertTrue(v.message().contains("focus trap"), v.message());
    }

    @Test
    void focusOrder_tabCyclingBackEarly_reportedWithTheNodesNeverReached() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            Button a = id(new Button("一"), "a");
            Button b = id(new Button("二"), "b");
            Button c = id(new Button("三"), "c");
            Button d = id(new Button("四"), "d");
            c.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.TAB) {
                    e.consume();
                    b.requestFocus();
                }
            });
            return new VBox(a, b, c, d);
        });
        assertTrue(assertReported(all, AuditRule.FOCUS_ORDER, "b").message().contains("comes back here"));
        assertTrue(assertReported(all, AuditRule.FOCUS_ORDER, "d").message().contains("never reaches"));
    }

    @Test
    void focusOrder_formWithRowsOfUnequalHeightAndATextArea_passes() {
        Scene scene = AuditFixture.show(DEFAULT, () -> {
            TextField name = new TextField();
            TextArea note = id(new TextArea("备注"), "note");
            note.setPrefRowCount(2);
            Button tall = new Button("上一步");
            tall.setStyle("-fx-min-height: 5em;");
            HBox row = new HBox(12, tall, new Button("下一步"), new CheckBox("记住我"));
            row.setAlignment(Pos.CENTER_LEFT);
            return new VBox(8, labelFor("姓名", name), name, labelFor("备注", note), note, row, new Button("提交"));
        });
        assertPasses(audit(scene, DEFAULT), AuditRule.FOCUS_ORDER);
        assertEquals("备注", AuditFixture.onFx(() -> ((TextArea) scene.lookup("#note")).getText()),
                "Tab from the text area must not type into it");
    }

    @Test
    void focusOrder_afterTheAudit_focusIsWhereItWas() {
        Scene scene = AuditFixture.show(DEFAULT, () -> new VBox(new Button("一"), id(new Button("二"), "two"), new Button("三")));
        Node two = AuditFixture.onFx(() -> {
            Node n = scene.lookup("#two");
            n.requestFocus();
            return n;
        });
        audit(scene, DEFAULT);
        assertSame(two, AuditFixture.onFx(scene::getFocusOwner));
    }

    @Test
    void readingOrder_scrollPaneContent_comesAsOneBlockBeforeTheBottomBar() {
        Scene scene = AuditFixture.show(DEFAULT, () -> {
            VBox content = new VBox(8);
            for (int i = 1; i <= 30; i++) {
                content.getChildren().add(id(new Button("第" + i + "项"), "item" + i));
            }
            ScrollPane scroll = new ScrollPane(content);
            scroll.setFitToWidth(true);
            return new VBox(scroll, id(new Button("提交"), "submit"));
        });
        List<String> order = AuditFixture.onFx(() -> AccessibilityAudit.readingOrder(
                List.of(scene.lookup("#submit"), scene.lookup("#item30"), scene.lookup("#item1"))).stream()
                .map(Node::getId).toList());
        assertEquals(List.of("item1", "item30", "submit"), order);
        assertPasses(audit(scene, DEFAULT), AuditRule.FOCUS_ORDER);
    }

    // ------------------------------------------------------------------------------------------ colour not alone

    @Test
    void colourNotAlone_redDotOnly_reported() {
        assertReported(brokenAt100(), AuditRule.COLOUR_NOT_ALONE, "statusDot");
    }

    @Test
    void colourNotAlone_statusWithWords_passes() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            Label paid = new Label("已支付", new FontIcon("mdi2c-check-circle"));
            paid.getStyleClass().add(A11y.STATUS);
            Region dot = new Region();
            dot.setStyle("-fx-background-color: #d32f2f; -fx-min-width: 1em; -fx-min-height: 1em;");
            HBox rejected = new HBox(6, dot, new Label("未通过"));
            rejected.getStyleClass().add(A11y.STATUS);
            return new VBox(paid, rejected);
        });
        assertPasses(all, AuditRule.COLOUR_NOT_ALONE);
    }

    @Test
    void colourNotAlone_accessibleTextWithoutVisibleWords_reported() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            FontIcon icon = new FontIcon("mdi2c-check-circle");
            StackPane status = id(new StackPane(icon), "iconStatus");
            status.getStyleClass().add(A11y.STATUS);
            status.setAccessibleText("已支付");
            return new VBox(status);
        });
        assertTrue(assertReported(all, AuditRule.COLOUR_NOT_ALONE, "iconStatus").message().contains("shows no text"));
    }

    // ------------------------------------------------------------------------------------------ errors

    @Test
    void errors_errorAboveItsField_reported() {
        AuditViolation v = assertReported(brokenAt100(), AuditRule.ERRORS, "amountError");
        assertTrue(v.message().contains("not under its field"), v.message());
    }

    @Test
    void errors_fieldHelpDiffersFromTheError_reported() {
        AuditViolation v = assertReported(brokenAt100(), AuditRule.ERRORS, "name");
        assertTrue(v.message().contains("accessible help is “姓名”"), v.message());
    }

    @Test
    void errors_focusNotOnTheFirstInvalidField_reported() {
        AuditViolation v = assertReported(brokenAt100(), AuditRule.ERRORS, "amount");
        assertTrue(v.message().contains("first invalid field"), v.message());
    }

    @Test
    void errors_showErrorUnderFieldsWithFocusOnTheFirst_passes_focusOnTheSecondReported() {
        Scene scene = AuditFixture.show(DEFAULT, () -> {
            TextField phone = id(new TextField(), "phone");
            TextField name = id(new TextField(), "name");
            Label phoneError = new Label();
            Label nameError = new Label();
            A11y.showError(phone, phoneError, "请输入11位手机号");
            A11y.showError(name, nameError, "请填写姓名");
            return new VBox(labelFor("手机号", phone), phone, phoneError, labelFor("姓名", name), name, nameError);
        });
        AuditFixture.runFx(() -> scene.lookup("#phone").requestFocus());
        assertPasses(audit(scene, DEFAULT), AuditRule.ERRORS);

        AuditFixture.runFx(() -> scene.lookup("#name").requestFocus());
        assertReported(audit(scene, DEFAULT), AuditRule.ERRORS, "phone");
    }

    @Test
    void errors_errorLabelNotLinkedOrEmpty_reported() {
        List<AuditViolation> all = audit(DEFAULT, () -> {
            TextField field = new TextField();
            Label unlinked = id(new Label("请填写"), "unlinked");
            unlinked.getStyleClass().add(A11y.FIELD_ERROR);
            Label empty = id(new Label(""), "empty");
            empty.getStyleClass().add(A11y.FIELD_ERROR);
            return new VBox(labelFor("地址", field), field, unlinked, empty);
        });
        assertTrue(assertReported(all, AuditRule.ERRORS, "unlinked").message().contains("A11y.showError"));
        assertReported(all, AuditRule.ERRORS, "empty");
    }

    @Test
    void errors_hiddenErrorAfterClearing_notReported() {
        Scene scene = AuditFixture.show(DEFAULT, () -> {
            TextField phone = id(new TextField(), "phone");
            Label phoneError = new Label();
            A11y.showError(phone, phoneError, "请输入11位手机号");
            A11y.showError(phone, phoneError, null);
            return new VBox(labelFor("手机号", phone), phone, phoneError, new Button("提交"));
        });
        assertPasses(audit(scene, DEFAULT), AuditRule.ERRORS);
    }
}
