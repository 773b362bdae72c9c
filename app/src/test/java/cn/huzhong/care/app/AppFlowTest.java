package cn.huzhong.care.app;

import cn.huzhong.care.app.data.AppSettings;
import cn.huzhong.care.app.data.remote.ApiClient;
import cn.huzhong.care.app.feature.finder.FinderView;
import cn.huzhong.care.app.feature.settings.SettingsView;
import cn.huzhong.care.app.feature.signin.SignInView;
import cn.huzhong.care.app.feature.subsidies.SubsidiesView;
import cn.huzhong.care.app.feature.subsidies.SubsidyDetailView;
import cn.huzhong.care.app.shell.AppShell;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.core.i18n.Lang;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a person does with the app, headless against the embedded server with demo data: each test clicks and
 * types through the real screens, then checks what is shown, and ends with the accessibility audit.
 */
class AppFlowTest {
    @TempDir
    Path dataDir;
    AppHarness app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private List<String> rowIds() {
        return AppHarness.fx(() -> app.scene().getRoot().lookupAll(".hz-row").stream().map(Node::getId)
                .filter(id -> id != null && id.startsWith(SubsidiesView.ROW_PREFIX)).toList());
    }

    private String allText() {
        return app.allText();
    }

    @Test
    void signIn_demoResident_homeThenSubsidiesThenDetail() {
        app = AppHarness.start(dataDir);
        assertInstanceOf(Destination.SignIn.class, app.current());
        assertTrue(app.has(SignInView.ID_DEMO), "demo mode offers the demo accounts");
        app.tap(SignInView.ID_DEMO);
        assertTrue(app.has("signin-demo-13900000001"), "in a sheet that lists them");

        app.tap("signin-demo-13900000001");
        assertFalse(app.has(SignInView.ID_DEMO_SHEET), "choosing one closes the sheet");
        assertEquals("13900000001", AppHarness.fx(() -> app.<TextField>node(SignInView.ID_PHONE).getText()));
        app.tap(SignInView.ID_SUBMIT);
        app.waitUntil("home", () -> app.current() instanceof Destination.Home && app.has("home-call-contact"));
        assertTrue(app.text("home-greeting").contains("王秀兰"));

        app.tap("home-tile-subsidies");
        assertInstanceOf(Destination.Subsidies.class, app.current());
        List<String> rows = rowIds();
        assertFalse(rows.isEmpty(), "王秀兰 has subsidies");
        assertTrue(allText().contains("发放中"), "a paying subsidy says so in words");

        app.tap(rows.get(rows.size() - 1));
        assertInstanceOf(Destination.SubsidyDetail.class, app.current());
        assertTrue(app.has(SubsidyDetailView.ID_STATUS));
        assertTrue(app.has(SubsidyDetailView.ID_TIMELINE));
        Node chart = app.node(SubsidyDetailView.ID_CHART);
        String alternative = AppHarness.fx(chart::getAccessibleText);
        assertTrue(alternative.contains("合计"), "the chart has a text alternative: " + alternative);
        int payments = AppHarness.fx(() -> ((javafx.scene.layout.VBox) app.node(SubsidyDetailView.ID_PAYMENTS)).getChildren().size());
        assertTrue(payments > 0, "the payments are listed as text too");
        app.assertAccessible("flow-subsidy-detail");

        app.tap(AppShell.ID_BACK);
        assertInstanceOf(Destination.Subsidies.class, app.current());
    }

    @Test
    void benefitFinder_applyWithConfirmation_applicationAppearsInTheList() {
        app = AppHarness.start(dataDir);
        app.signInAndWaitForHome("13900000101"); // 张丽, acting for 刘洋: the finder shows several benefits
        app.tap("home-tile-subsidies");
        int before = rowIds().size();
        app.tap(SubsidiesView.ID_FINDER);
        assertInstanceOf(Destination.BenefitFinder.class, app.current());
        String applyId = AppHarness.fx(() -> app.scene().getRoot().lookupAll(".button").stream().map(Node::getId)
                .filter(id -> id != null && id.startsWith(FinderView.APPLY_PREFIX)).findFirst().orElseThrow());

        app.tap(applyId);
        assertTrue(app.has(FinderView.ID_CONFIRM), "applying asks to confirm first");
        app.tap(FinderView.ID_CONFIRM);
        app.waitUntil("the confirmation", () -> app.has(FinderView.ID_APPLIED));
        assertFalse(app.find(applyId).isPresent(), "the benefit applied for is no longer offered");
        app.assertAccessible("flow-finder-applied");

        app.tap(FinderView.ID_OPEN_SUBSIDIES);
        app.waitUntil("the list", () -> app.current() instanceof Destination.Subsidies && !rowIds().isEmpty());
        assertEquals(before + 1, rowIds().size(), "the new application is in the list");
        assertTrue(allText().contains("已提交") || allText().contains("乡镇"), "it says where it stands");
    }

    @Test
    void wrongPassword_showsTheErrorUnderTheField_andFocusesIt() {
        app = AppHarness.start(dataDir);
        app.signIn("13900000003", "not-the-password");
        app.waitUntil("the error", () -> app.has(SignInView.ID_PASSWORD_ERROR));
        String error = app.text(SignInView.ID_PASSWORD_ERROR);
        assertTrue(error.contains("手机号或密码不对"), error);
        Node password = app.node(SignInView.ID_PASSWORD);
        app.waitUntil("focus on the password field", () -> AppHarness.fx(password::isFocused));
        assertEquals(error, AppHarness.fx(password::getAccessibleHelp), "the error is the field's help");
        assertInstanceOf(Destination.SignIn.class, app.current());
        app.assertAccessible("flow-wrong-password");

        // a malformed number is caught before anything is sent, with core's message
        app.signIn("12345", "x");
        assertTrue(app.text(SignInView.ID_PHONE_ERROR).contains("11 位手机号码"));
        app.waitUntil("focus on the phone field", () -> AppHarness.fx(() -> app.node(SignInView.ID_PHONE).isFocused()));
    }

    @Test
    void offline_serverStopped_showsCachedSubsidiesWithTheBanner() {
        app = AppHarness.start(dataDir);
        app.signInAndWaitForHome("13900000001");
        app.tap("home-tile-subsidies");
        List<String> online = rowIds();
        assertFalse(online.isEmpty());
        assertFalse(app.has(AppShell.ID_OFFLINE));

        app.app().backend().close(); // the server goes away
        app.tap(AppShell.ID_BACK);
        app.tap("home-tile-subsidies");
        app.waitUntil("the offline banner", () -> app.has(AppShell.ID_OFFLINE));
        assertEquals(online, rowIds(), "the same subsidies, from the device");
        String text = allText();
        assertTrue(text.contains("离线"), "the banner says offline");
        assertTrue(text.contains("最后同步于"), "with the last sync time");
        assertTrue(text.contains("保存的内容"), "the data is marked with its age");
        app.assertAccessible("flow-offline-subsidies");
        app.screenshot("15-offline-subsidies");
    }

    @Test
    void settings_surviveARestart() {
        app = AppHarness.start(dataDir);
        app.go(new Destination.Settings());
        app.tap(SettingsView.ID_SCALE + "-2"); // 150 %
        app.tap(SettingsView.ID_HIGH_CONTRAST);
        app.tap(SettingsView.ID_LANG_EN);
        app.waitUntil("English", () -> app.mode().lang() == Lang.EN);
        assertEquals(new DisplayMode(Lang.EN, 1.5, true, false), app.mode());
        assertEquals("Settings", app.text(AppShell.ID_TITLE), "the language changed at once");
        assertTrue(AppHarness.fx(() -> app.scene().getRoot().getStyleClass().contains("hz-hc")), "high contrast at once");
        app.close();

        app = AppHarness.start(dataDir);
        assertEquals(new DisplayMode(Lang.EN, 1.5, true, false), app.mode());
        assertEquals("Sign in", app.text(AppShell.ID_TITLE));
        assertTrue(AppHarness.fx(() -> app.scene().getRoot().getStyle().contains("27.00px")), "150 % of 18 px");
        app.assertAccessible("flow-settings-restored");
    }

    @Test
    void serverAddress_badInput_showsTheErrorUnderTheField() {
        app = AppHarness.start(dataDir);
        app.go(new Destination.Settings());
        app.write("settings-server", "ftp://example");
        app.tap("settings-server-save");
        assertTrue(app.text("settings-server-error").contains("https://"));
        app.waitUntil("focus on the field", () -> AppHarness.fx(() -> app.node("settings-server").isFocused()));
        assertEquals("", app.app().settings().current().serverAddress(), "nothing was saved");
        app.assertAccessible("flow-settings-bad-server");
    }

    @Test
    void serverAddress_appliesLive_andEmptyBringsBackTheDemoServer() throws Exception {
        app = AppHarness.start(dataDir);
        int deadPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        app.go(new Destination.Settings());
        app.write("settings-server", "http://127.0.0.1:" + deadPort);
        app.tap("settings-server-save");
        app.waitUntil("the new address in use", () -> app.app().backend().baseUri() != null
                && app.app().backend().baseUri().getPort() == deadPort);
        assertFalse(app.app().backend().demoMode());
        app.signIn("13900000001", AppHarness.DEMO_PASSWORD);
        app.waitUntil("the offline message", () -> app.has(SignInView.ID_FORM_MESSAGE));
        assertTrue(app.text(SignInView.ID_FORM_MESSAGE).contains("连不上服务器"));
        assertFalse(app.has("signin-demo-13900000001"), "no demo accounts for a real server");

        app.go(new Destination.Settings());
        app.write("settings-server", "");
        app.tap("settings-server-save");
        app.waitUntil("the demo server again", () -> app.app().backend().demoMode());
        app.signInAndWaitForHome("13900000001");
    }

    @Test
    void carer_seesWhomTheyActFor_andTheirData() {
        app = AppHarness.start(dataDir);
        app.signInAndWaitForHome("13900000101");
        assertTrue(app.has(AppShell.ID_ACTING_FOR));
        String actingFor = app.allText();
        assertTrue(actingFor.contains("刘洋"), actingFor);
        assertTrue(app.text("home-greeting").contains("张丽"), "the carer is greeted by name");
        app.tap("home-tile-certificate");
        assertTrue(allText().contains("刘洋"), "the certificate shown is 刘洋's");
    }

    @Test
    void callingTheContact_showsTheNumberInLargeText_andAsksTheDialer() {
        app = AppHarness.start(dataDir);
        app.signInAndWaitForHome("13900000002");
        app.tap("home-call-contact");
        app.waitUntil("the call panel", () -> app.has(AppShell.ID_CALL_PANEL) && allText().contains("手机拨打"));
        String number = app.text(AppShell.ID_CALL_NUMBER);
        assertTrue(number.matches("[0-9-]{5,}"), number);
        assertEquals(List.of(number), app.dialer().dialled());
        app.waitUntil("focus on the copy action", () -> AppHarness.fx(() -> app.node(AppShell.ID_CALL_COPY).isFocused()));
        app.tap(AppShell.ID_CALL_COPY);
        assertEquals(number, AppHarness.fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()));
        app.tap(AppShell.ID_CALL_CLOSE);
        assertFalse(app.has(AppShell.ID_CALL_PANEL));
    }

    @Test
    void certificate_isMasked_untilRevealed_andHiddenAgain() {
        app = AppHarness.start(dataDir);
        app.signInAndWaitForHome("13900000001");
        app.tap("home-tile-certificate");
        String masked = app.text("certificate-number");
        assertTrue(masked.contains("*"), masked);
        app.tap("certificate-toggle");
        String shown = app.text("certificate-number");
        assertTrue(shown.matches("\\d{6} \\d{8} \\d{3}[0-9X] \\d\\d"), "shown in its parts: " + shown);
        String full = shown.replace(" ", "");
        assertEquals(20, full.length(), full);
        assertFalse(full.contains("*"));
        app.tap("certificate-toggle");
        assertEquals(masked, app.text("certificate-number"));
        var session = app.app().sessions().current().orElseThrow();
        assertFalse(app.app().storage().read("cache-a" + session.account().id() + "-p" + session.requireSubjectId()
                + "-certificate-zh.json").orElseThrow().contains(full), "the full number is never stored");
    }

    @Test
    void signOut_forgetsTheSessionAndTheCache() {
        app = AppHarness.start(dataDir);
        app.signInAndWaitForHome("13900000001");
        app.tap("home-tile-subsidies");
        assertTrue(app.app().storage().read("session.json").isPresent());
        app.go(new Destination.Settings());
        app.tap(SettingsView.ID_SIGN_OUT);
        assertTrue(app.has(SettingsView.ID_SIGN_OUT_DIALOG), "signing out asks first");
        assertTrue(app.app().sessions().current().isPresent(), "nothing happens before the answer");
        app.tap(SettingsView.ID_SIGN_OUT_CONFIRM);
        app.waitUntil("sign-in", () -> app.current() instanceof Destination.SignIn);
        assertTrue(app.app().storage().read("session.json").isEmpty());
        assertTrue(app.app().sessions().current().isEmpty());
        assertNotNull(app.node(SignInView.ID_PHONE));
    }
}
