package cn.huzhong.care.app.feature.settings;

import cn.huzhong.care.app.data.AppSettings;
import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;

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
    void serverAddress_plainHttpToAnotherComputer_isRefusedUnderTheField_thisComputerIsFine() {
        for (String address : List.of("http://care.huzhong.gov.cn", "http://10.0.0.8:8080", "HTTP://care.example.cn/api")) {
            vm.serverAddressProperty().set(address);
            vm.saveServerAddress();
            assertTrue(content().serverError().startsWith("请使用 https:// 开头的地址"), address + ": " + content().serverError());
            assertEquals("", settings.current().serverAddress(), address + " must not be saved");
        }
        for (String address : List.of("http://127.0.0.1:8080", "http://localhost:8080", "http://[::1]:8080", "http://127.8.9.10")) {
            vm.serverAddressProperty().set(address);
            vm.saveServerAddress();
            assertNull(content().serverError(), address);
            assertEquals(address, settings.current().serverAddress());
        }
        // a stored cleartext address from an older version is not used either
        assertTrue(new AppSettings(Lang.ZH, 1.0, false, false, "http://care.example.cn").serverUri().isEmpty());
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
