package cn.huzhong.care.app.feature.settings;

import cn.huzhong.care.app.data.AppSettings;
import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsViewModelTest {
    final FakeRepositories.Settings settings = new FakeRepositories.Settings();
    final FakeRepositories.Sessions sessions = new FakeRepositories.Sessions(Fixtures.residentSession());
    final Navigator navigator = new Navigator(new Destination.Home());
    int unsent;
    final SettingsViewModel vm = new SettingsViewModel(settings, sessions, () -> unsent, true, navigator, Messages.of(Lang.ZH),
            Runnable::run);

    private SettingsUiState.Content content() {
        return assertInstanceOf(SettingsUiState.Content.class, vm.state());
    }

    @Test
    void displayChoices_areSavedAtOnce() {
        vm.setTextScale(2.0);
        vm.setHighContrast(true);
        vm.setReducedMotion(true);
        vm.setLang(Lang.EN);
        assertEquals(new AppSettings(Lang.EN, 2.0, true, true, ""), settings.current());
        assertEquals(settings.current(), content().settings());
    }

    @Test
    void serverAddress_bad_isNotSaved_andSaysWhatIsWrong() {
        vm.serverAddressProperty().set("care.huzhong.gov.cn");
        vm.saveServerAddress();
        assertEquals("地址要以 https:// 或 http:// 开头。", content().serverError());
        assertEquals("", settings.current().serverAddress());
        vm.serverAddressProperty().set("https://");
        vm.saveServerAddress();
        assertEquals("地址格式不对，请按 https://域名 的格式填写。", content().serverError());
    }

    @Test
    void serverAddress_good_isSaved_andEmptyMeansTheDemoServer() {
        vm.serverAddressProperty().set("  https://care.example.cn/  ");
        vm.saveServerAddress();
        assertNull(content().serverError());
        assertTrue(content().serverSaved());
        assertEquals("https://care.example.cn/", settings.current().serverAddress());
        assertEquals("https://care.example.cn", settings.current().serverUri().orElseThrow().toString());
        vm.serverAddressProperty().set("");
        vm.saveServerAddress();
        assertTrue(settings.current().serverUri().isEmpty());
    }

    @Test
    void signOut_forgetsTheSession_andGoesToSignIn() {
        assertEquals("王秀兰", content().signedInName());
        vm.signOut();
        assertEquals(1, sessions.signOuts);
        assertEquals(new Destination.SignIn(), navigator.current());
    }

    @Test
    void signOut_withRequestsStillOnThePhone_saysWhatBecomesOfThem() {
        unsent = 2;
        vm.setHighContrast(false);
        assertEquals(2, ((SettingsUiState.Content) vm.state()).unsent());
    }
}
