package cn.huzhong.care.app.ui.kit;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Theme;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.text.WrapLabel;
import cn.huzhong.care.core.i18n.Lang;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The component kit on its own, headless, themed as the app is: dialogs take focus in and give it back, put the
 * safe choice first and style the destructive one as such, close on Escape; the pickers write the values the view
 * models read and stay within their ranges; the bars and the snackbar say what they show to screen readers.
 */
class KitTest {
    /** 2026-12-01 10:00 in the district. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);
    static Stage stage;
    StackPane root;
    VBox page;
    Overlay overlay;
    Snackbar snackbar;
    Ui ui;

    @BeforeAll
    static void toolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(Theme::install);
    }

    @AfterAll
    static void leaveTheToolkitAsFound() throws Exception {
        FxToolkit.setupFixture(() -> {
            stage.setScene(new Scene(new javafx.scene.layout.Pane(), 10, 10));
            javafx.application.Application.setUserAgentStylesheet(null);
        });
    }

    private void show(DisplayMode mode, Node... content) {
        fx(() -> {
            page = new VBox(content);
            overlay = new Overlay(page);
            snackbar = new Snackbar();
            page.getChildren().add(snackbar.node());
            root = new StackPane(page, overlay.layer());
            ui = new Ui(mode, Messages.of(mode.lang()), CLOCK, overlay, snackbar);
            Scene scene = new Scene(root, 480, 860);
            Theme.apply(scene, mode);
            stage.setScene(scene);
            stage.show();
            return null;
        });
    }

    /** Builds the content with the Ui of {@code mode} (the Ui needs the overlay, made in {@link #show}). */
    private void showWith(DisplayMode mode, java.util.function.Function<Ui, Node> content) {
        show(mode);
        fx(() -> {
            page.getChildren().add(0, content.apply(ui));
            return null;
        });
    }

    static <T> T fx(Callable<T> c) {
        try {
            T t = WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return t;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Node byId(String id) {
        return fx(() -> stage.getScene().lookup("#" + id));
    }

    private Node focus() {
        return fx(() -> stage.getScene().getFocusOwner());
    }

    /** Waits (a little) for focus to reach {@code id}: moving it may take a few turns of the FX queue. */
    private void awaitFocus(String id, String why) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> focus() != null && id.equals(focus().getId()));
        } catch (java.util.concurrent.TimeoutException e) {
            assertEquals(id, focus() == null ? null : focus().getId(), why);
        }
    }

    private void press(KeyCode code) {
        fx(() -> {
            Node target = stage.getScene().getFocusOwner();
            Node at = target != null ? target : stage.getScene().getRoot();
            at.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
            return null;
        });
    }

    private void fire(String id) {
        fx(() -> {
            ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#" + id)).fire();
            return null;
        });
    }

    // ---- dialogs ----

    @Test
    void dialog_safeChoiceFirst_focusMovesIn_pageDisabled_titleAnnounced_focusReturns() {
        AtomicInteger kept = new AtomicInteger();
        showWith(DisplayMode.DEFAULT, u -> {
            Button opener = u.secondary("取消预约", null, () -> { });
            opener.setId("opener");
            return opener;
        });
        fx(() -> {
            stage.getScene().lookup("#opener").requestFocus();
            overlay.show(ui, new Overlay.Spec("d", "要取消预约吗？", List.of(Ui.body("取消后名额会给别人。")), List.of(
                    new Overlay.Action("yes", "确认取消", Overlay.Tone.DANGER, () -> { }),
                    new Overlay.Action("no", "不取消", Overlay.Tone.SAFE, kept::incrementAndGet)),
                    kept::incrementAndGet, false));
            return null;
        });
        List<String> order = fx(() -> stage.getScene().getRoot().lookupAll("." + Styles.DIALOG_ACTION).stream()
                .map(Node::getId).toList());
        assertEquals(List.of("no", "yes"), order, "the safe choice comes first whatever order it was given in");
        assertEquals("no", focus().getId(), "focus moves into the dialog, onto the safe choice");
        assertTrue(fx(() -> page.isDisabled()), "the page under it is out of reach");
        Node yes = byId("yes");
        assertTrue(yes.getStyleClass().contains(A11y.DANGER) && !yes.getStyleClass().contains(A11y.PRIMARY),
                "the destructive action is styled as such, never as the primary one");
        assertEquals(Boolean.TRUE, yes.getProperties().get(A11y.DESTRUCTIVE_KEY));
        assertTrue(fx(() -> A11y.announcements(stage.getScene())).stream()
                .anyMatch(a -> a.contains("要取消预约吗？") && a.contains("取消后名额会给别人。")));

        press(KeyCode.ESCAPE);
        assertEquals(1, kept.get(), "Escape (a phone's back key) does what the safe choice does");
        fx(() -> {
            overlay.close("d");
            return null;
        });
        assertFalse(fx(() -> page.isDisabled()));
        assertEquals("opener", focus().getId(), "focus goes back to where it was");
        assertFalse(overlay.isOpen());
    }

    @Test
    void dialog_showingTheSameIdAgain_updatesInPlace_withoutMovingFocus() {
        show(DisplayMode.DEFAULT);
        fx(() -> {
            overlay.show(ui, new Overlay.Spec("d", "提交吗？", List.of(), List.of(
                    new Overlay.Action("no", "返回", Overlay.Tone.SAFE, () -> { }),
                    new Overlay.Action("go", "提交", Overlay.Tone.CONFIRM, () -> { })), null, false));
            return null;
        });
        fx(() -> {
            stage.getScene().lookup("#go").requestFocus();
            overlay.show(ui, new Overlay.Spec("d", "提交吗？", List.of(Ui.body("正在提交……")), List.of(
                    new Overlay.Action("no", "返回", Overlay.Tone.SAFE, () -> { }, true),
                    new Overlay.Action("go", "提交", Overlay.Tone.CONFIRM, () -> { }, true)), null, false));
            return null;
        });
        assertTrue(byId("go").isDisabled(), "busy actions are disabled while their request is on its way");
        press(KeyCode.ESCAPE);
        assertTrue(overlay.isOpen(), "without a way to dismiss it (something is being sent), Escape does nothing");
    }

    @Test
    void dialog_atLargeText_fillsTheScreen_withItsActionsVisible() {
        show(DisplayMode.LARGE_TEXT);
        List<Node> body = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            body.add(Ui.body("很长的说明第 " + i + " 行，要滚动才能看完。"));
        }
        fx(() -> {
            overlay.show(ui, new Overlay.Spec("d", "请确认", body, List.of(
                    new Overlay.Action("no", "返回修改", Overlay.Tone.SAFE, () -> { }),
                    new Overlay.Action("go", "确认发送", Overlay.Tone.CONFIRM, () -> { })), null, false));
            return null;
        });
        Node card = byId("d");
        assertTrue(card.getStyleClass().contains(Styles.DIALOG_FULL));
        double bottom = fx(() -> byId("go").localToScene(byId("go").getLayoutBounds()).getMaxY());
        assertTrue(bottom <= 860 + 0.5, "the last action is on the screen: " + bottom);
    }

    // ---- snackbar ----

    @Test
    void snackbar_saysItOncePerKey_announcesIt_andCloses() {
        show(DisplayMode.DEFAULT);
        fx(() -> {
            ui.snackbar("sent", "已提交");
            ui.snackbar("sent", "已提交");
            return null;
        });
        assertEquals(1, fx(() -> A11y.announcements(stage.getScene())).stream().filter("已提交"::equals).count());
        assertTrue(byId(Snackbar.ID).isVisible());
        fire(Snackbar.ID_CLOSE);
        assertNull(byId(Snackbar.ID));
        fx(() -> {
            snackbar.newScreen();
            ui.snackbar("sent", "已提交");
            return null;
        });
        assertTrue(byId(Snackbar.ID) != null, "a new screen may say it again");
    }

    // ---- bars ----

    @Test
    void appBar_backSaysItsWord_atMostTwoActions() {
        showWith(DisplayMode.DEFAULT, u -> AppBar.create(u, "补贴", () -> { }, List.of()));
        assertEquals("返回", fx(() -> ((Labeled) byId(AppBar.ID_BACK)).getAccessibleText() == null
                ? byId(AppBar.ID_BACK).queryAccessibleAttribute(AccessibleAttribute.TEXT) : null));
        assertThrows(IllegalArgumentException.class, () -> AppBar.create(ui, "x", null, List.of(
                new AppBar.Action("a", MaterialDesignC.COG, "a", () -> { }),
                new AppBar.Action("b", MaterialDesignC.COG, "b", () -> { }),
                new AppBar.Action("c", MaterialDesignC.COG, "c", () -> { }))));
    }

    @Test
    void appBar_aLongTitleAtLargeText_wraps_andTheBarGrowsWithIt() {
        showWith(DisplayMode.LARGE_TEXT, u -> AppBar.create(u, "刘洋的预约康复和辅具适配详情", () -> { }, List.of()));
        double bar = fx(() -> stage.getScene().getRoot().lookup("." + Styles.APP_BAR).getLayoutBounds().getHeight());
        double title = fx(() -> byId(AppBar.ID_TITLE).getLayoutBounds().getHeight());
        assertTrue(title > DisplayMode.LARGE_TEXT.fontPx() * 1.2 * 1.5, "two lines or more: " + title);
        assertTrue(bar >= title, "the bar holds its whole title: bar " + bar + ", title " + title);
        assertTrue(bar >= AppBar.MIN_HEIGHT_PX);
    }

    @Test
    void appBar_anIconOnlyAction_isSpokenNotShown_sitsUnderTheWayBack_andTheTitleKeepsItsRoom() {
        String title = "刘洋的预约康复和辅具适配详情";
        AtomicInteger ran = new AtomicInteger();
        showWith(DisplayMode.LARGE_TEXT, u -> AppBar.create(u, title, () -> { }, List.of(
                new AppBar.Action("act", MaterialDesignC.COG, "朗读", ran::incrementAndGet))));
        double titleWidthWithWord = fx(() -> byId(AppBar.ID_TITLE).getLayoutBounds().getWidth());
        assertEquals("朗读", fx(() -> ((Labeled) byId("act")).getText()), "by default the word is shown");

        showWith(DisplayMode.LARGE_TEXT, u -> AppBar.create(u, title, () -> { }, List.of(
                new AppBar.Action("act", MaterialDesignC.COG, "朗读", ran::incrementAndGet, true))));
        Labeled action = (Labeled) byId("act");
        assertEquals("", fx(action::getText), "no word laid out");
        assertEquals(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY, fx(action::getContentDisplay));
        assertEquals("朗读", fx(() -> action.queryAccessibleAttribute(AccessibleAttribute.TEXT)), "but spoken");
        javafx.geometry.Bounds back = fx(() -> byId(AppBar.ID_BACK).localToScene(byId(AppBar.ID_BACK).getLayoutBounds()));
        javafx.geometry.Bounds icon = fx(() -> action.localToScene(action.getLayoutBounds()));
        assertTrue(icon.getMinY() >= back.getMaxY() && icon.getMinX() < back.getMaxX(), "under the way back: " + icon);
        assertTrue(icon.getHeight() >= 48 && icon.getWidth() >= 48, "still a 48 px target: " + icon);
        double titleWidth = fx(() -> byId(AppBar.ID_TITLE).getLayoutBounds().getWidth());
        assertTrue(titleWidth > titleWidthWithWord, "the title has more room: " + titleWidth + " vs " + titleWidthWithWord);
        fire("act");
        assertEquals(1, ran.get());

        // without a way back it stays at the end of the bar
        showWith(DisplayMode.LARGE_TEXT, u -> AppBar.create(u, "登录", null, List.of(
                new AppBar.Action("act", MaterialDesignC.COG, "朗读", ran::incrementAndGet, true))));
        javafx.geometry.Bounds t = fx(() -> byId(AppBar.ID_TITLE).localToScene(byId(AppBar.ID_TITLE).getLayoutBounds()));
        javafx.geometry.Bounds end = fx(() -> byId("act").localToScene(byId("act").getLayoutBounds()));
        assertTrue(end.getMinX() >= t.getMaxX(), "after the title: " + end + " / " + t);
    }

    @Test
    void bottomNav_marksTheCurrentPlace_saysTheUnreadCount_andOpensOnlyAnotherPlace() {
        AtomicInteger opened = new AtomicInteger();
        showWith(DisplayMode.DEFAULT, u -> BottomNav.create(u, List.of(
                new BottomNav.Item("nav-home", "首页", MaterialDesignH.HOME, true, null, "首页", opened::incrementAndGet),
                new BottomNav.Item("nav-messages", "消息", MaterialDesignH.HOME, false, "3", "消息，3 条未读",
                        opened::incrementAndGet))));
        assertTrue(fx(() -> ((ToggleButton) byId("nav-home")).isSelected()));
        assertEquals("消息，3 条未读", fx(() -> ((ToggleButton) byId("nav-messages")).getAccessibleText()));
        fire("nav-home");
        assertEquals(0, opened.get(), "the current place stays");
        assertTrue(fx(() -> ((ToggleButton) byId("nav-home")).isSelected()));
        fire("nav-messages");
        assertEquals(1, opened.get());
        assertThrows(IllegalArgumentException.class, () -> BottomNav.create(ui, List.of()));
    }

    @Test
    void banner_atLargeText_isOneShortLine_withItsDetailsBehindAControl() {
        AtomicInteger details = new AtomicInteger();
        showWith(DisplayMode.LARGE_TEXT, u -> Banner.create(u, "b", Styles.OFFLINE, MaterialDesignC.CLOUD, "离线",
                "离线：连不上服务器，最后同步于 11月30日（周一）下午3:00。", details::incrementAndGet));
        assertTrue(byId("b-more") != null);
        assertEquals("离线：连不上服务器，最后同步于 11月30日（周一）下午3:00。",
                fx(() -> byId("b-more").queryAccessibleAttribute(AccessibleAttribute.HELP)));
        fire("b-more");
        assertEquals(1, details.get());
        showWith(DisplayMode.DEFAULT, u -> Banner.create(u, "b", Styles.OFFLINE, MaterialDesignC.CLOUD, "离线",
                "离线：连不上服务器。", details::incrementAndGet));
        assertNull(byId("b-more"), "at ordinary sizes the whole text shows");
    }

    // ---- pickers ----

    @Test
    void dateField_picksADayFromTheCalendar_daysOutsideTheRangeAreDisabled() {
        StringProperty iso = new SimpleStringProperty("");
        showWith(DisplayMode.DEFAULT, u -> u.date("when", "希望哪天", iso, LocalDate.of(2026, 12, 2),
                LocalDate.of(2027, 2, 28)).box());
        assertEquals("希望哪天：请选择日期。选日期", fx(() -> ((Labeled) byId("when")).getAccessibleText()));
        fire("when");
        assertTrue(overlay.isOpen());
        assertTrue(byId(DateField.DAY_PREFIX + "2026-12-01").isDisabled(), "before the first allowed day");
        assertFalse(byId(DateField.DAY_PREFIX + "2026-12-02").isDisabled(), "the first allowed day");
        assertTrue(byId(DateField.ID_PREV).isDisabled(), "no month before the range");
        assertTrue(((Labeled) byId(DateField.DAY_PREFIX + "2026-12-01")).getAccessibleText().contains("今天"));
        fire(DateField.DAY_PREFIX + "2026-12-03");
        assertEquals("2026-12-03", iso.get());
        assertFalse(overlay.isOpen());
        assertEquals("12月3日（周四）", fx(() -> cn.huzhong.care.app.ui.text.Wrapped.sourceOf((Labeled) byId("when"))));
    }

    @Test
    void dateField_arrowKeysMoveByADayOrAWeek_acrossMonths() {
        StringProperty iso = new SimpleStringProperty("2026-12-30");
        showWith(DisplayMode.DEFAULT, u -> u.date("when", "希望哪天", iso, LocalDate.of(2026, 12, 2),
                LocalDate.of(2027, 2, 28)).box());
        fire("when");
        awaitFocus(DateField.ID_CANCEL, "the sheet opens with focus on its first action");
        fx(() -> {
            stage.getScene().lookup("#" + DateField.DAY_PREFIX + "2026-12-30").requestFocus();
            return null;
        });
        awaitFocus(DateField.DAY_PREFIX + "2026-12-30", "a day takes focus");
        List<String> owners = new java.util.concurrent.CopyOnWriteArrayList<>();
        fx(() -> {
            stage.getScene().focusOwnerProperty().addListener((o, was, now) -> owners.add(now == null ? null : now.getId()));
            return null;
        });
        press(KeyCode.DOWN);
        awaitFocus(DateField.DAY_PREFIX + "2027-01-06", "a week on, in the next month");
        assertEquals(List.of(DateField.DAY_PREFIX + "2027-01-06"), owners,
                "the arrow moves focus straight to the day, not first to the field below the calendar");
        press(KeyCode.LEFT);
        awaitFocus(DateField.DAY_PREFIX + "2027-01-05", "a day back");
    }

    @Test
    void dateField_typedDate_isTheKeyboardAlternative_withErrorsUnderIt() {
        StringProperty iso = new SimpleStringProperty("");
        showWith(DisplayMode.DEFAULT, u -> u.date("when", "希望哪天", iso, LocalDate.of(2026, 12, 2),
                LocalDate.of(2027, 2, 28)).box());
        fire("when");
        fx(() -> {
            ((javafx.scene.control.TextField) stage.getScene().lookup("#" + DateField.ID_TYPED)).setText("明天");
            return null;
        });
        fire(DateField.ID_TYPED_USE);
        assertTrue(fx(() -> ((Label) byId(DateField.ID_TYPED_ERROR)).isVisible()));
        assertEquals("", iso.get());
        fx(() -> {
            ((javafx.scene.control.TextField) stage.getScene().lookup("#" + DateField.ID_TYPED)).setText("2027-03-01");
            return null;
        });
        fire(DateField.ID_TYPED_USE);
        assertTrue(fx(() -> cn.huzhong.care.app.ui.text.Wrapped.sourceOf((Label) byId(DateField.ID_TYPED_ERROR)))
                .contains("2月28日"), "after the last allowed day: says the range");
        fx(() -> {
            ((javafx.scene.control.TextField) stage.getScene().lookup("#" + DateField.ID_TYPED)).setText("12月24日");
            return null;
        });
        fire(DateField.ID_TYPED_USE);
        assertEquals("2026-12-24", iso.get());
    }

    @Test
    void parseTyped_readsTheWaysPeopleWriteADate() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertEquals(LocalDate.of(2026, 12, 3), DateField.parseTyped("2026-12-03", today));
        assertEquals(LocalDate.of(2026, 12, 3), DateField.parseTyped("2026/12/3", today));
        assertEquals(LocalDate.of(2026, 12, 3), DateField.parseTyped("2026年12月3日", today));
        assertEquals(LocalDate.of(2026, 12, 1), DateField.parseTyped("12月1日", today), "today is still this year");
        assertEquals(LocalDate.of(2027, 11, 30), DateField.parseTyped("11月30日", today), "yesterday means next year");
        assertNull(DateField.parseTyped("13月1日", today));
        assertNull(DateField.parseTyped("2026-02-30", today));
        assertNull(DateField.parseTyped("下周", today));
        assertNull(DateField.parseTyped(null, today));
    }

    @Test
    void stepper_startsAtItsMinimum_staysInItsRange_andSaysTheValue() {
        StringProperty days = new SimpleStringProperty("");
        showWith(DisplayMode.DEFAULT, u -> u.stepper("days", "需要几天", days, 1, 3, n -> n + " 天").box());
        fire("days-more");
        assertEquals("1", days.get(), "the first + chooses the minimum");
        fire("days-more");
        fire("days-more");
        assertEquals("3", days.get());
        assertTrue(byId("days-more").isDisabled(), "no more than the maximum");
        fire("days-less");
        fire("days-less");
        assertEquals("1", days.get());
        assertTrue(byId("days-less").isDisabled(), "no fewer than the minimum");
        assertTrue(fx(() -> A11y.announcements(stage.getScene())).contains("2 天"));
        assertEquals("需要几天：加一", fx(() -> ((Labeled) byId("days-more")).getAccessibleText()));
        assertEquals("现在是1 天", fx(() -> ((Labeled) byId("days-more")).getAccessibleHelp()));
    }

    @Test
    void rating_fiveLabelledStars_fillUpToTheChoice_andSayIt() {
        List<Integer> chosen = new ArrayList<>();
        showWith(DisplayMode.DEFAULT, u -> u.rating("rate", "您满意吗", null, chosen::add).box());
        assertEquals("1 星：很不满意", fx(() -> ((Labeled) byId("rate-1")).getAccessibleText()));
        assertEquals("5 星：很满意", fx(() -> ((Labeled) byId("rate-5")).getAccessibleText()));
        fire("rate-4");
        assertEquals(List.of(4), chosen);
        assertTrue(fx(() -> ((ToggleButton) byId("rate-4")).isSelected()));
        assertFalse(fx(() -> ((ToggleButton) byId("rate-5")).isSelected()));
        assertTrue(byId("rate-1").getStyleClass().contains(Styles.STAR_FILLED));
        assertFalse(byId("rate-5").getStyleClass().contains(Styles.STAR_FILLED));
        assertEquals("4 星：满意", fx(() -> cn.huzhong.care.app.ui.text.Wrapped.sourceOf((Label) byId("rate-words"))));
    }

    @Test
    void switch_saysItsStateInWords() {
        List<Boolean> changes = new ArrayList<>();
        showWith(DisplayMode.DEFAULT, u -> u.toggle("hc", "高对比度", false, changes::add));
        assertTrue(fx(() -> ((Labeled) stage.getScene().lookup("." + Styles.SWITCH_STATE)).getText()).equals("关"));
        fire("hc");
        assertEquals(List.of(true), changes);
        assertTrue(fx(() -> ((Labeled) stage.getScene().lookup("." + Styles.SWITCH_STATE)).getText()).equals("开"));
        assertEquals(Boolean.TRUE, fx(() -> byId("hc").queryAccessibleAttribute(AccessibleAttribute.SELECTED)));
    }

    @Test
    void segmented_keepsOneChoice_andEachOptionIsATabStop() {
        List<String> chosen = new ArrayList<>();
        showWith(DisplayMode.DEFAULT, u -> u.segmented("lang", "语言", List.of("zh", "en", "ru"), s -> s, "zh",
                chosen::add).box());
        fire("lang-2");
        assertEquals(List.of("ru"), chosen);
        assertEquals(List.of(false, false, true), fx(() -> List.of(((ToggleButton) byId("lang-0")).isSelected(),
                ((ToggleButton) byId("lang-1")).isSelected(), ((ToggleButton) byId("lang-2")).isSelected())));
        assertTrue(byId("lang-1").isFocusTraversable());
        assertThrows(IllegalArgumentException.class, () -> Choices.segmented(ui, "x", "x", List.of("a"), s -> s, "a",
                s -> { }));
    }

    // ---- line breaking in a real label ----

    @Test
    void wrapLabel_keepsATimeWhole_atEveryWidth_andReadsItsTextUnbroken() {
        String text = "请在下午2:00–2:45之间到康复中心，带上残疾人证。";
        for (double width = 140; width <= 400; width += 13) {
            double w = width;
            String shown = fx(() -> {
                WrapLabel l = new WrapLabel(text);
                VBox box = new VBox(l);
                box.setMaxWidth(w);
                box.setMinWidth(w);
                box.setPrefWidth(w);
                stage.getScene().setRoot(new StackPane(box));
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                assertEquals(text, l.queryAccessibleAttribute(AccessibleAttribute.TEXT));
                return l.getText();
            });
            assertTrue(shown.contains("下午2:00–2:45"), "width " + w + ": " + shown.replace("\n", " | "));
            for (String line : shown.split("\n")) {
                assertFalse(line.startsWith("，") || line.startsWith("。"), "width " + w + ": " + line);
            }
        }
    }
}
