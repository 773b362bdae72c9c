package cn.huzhong.care.app.feature.home;

import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.platform.Dialer;
import cn.huzhong.care.app.platform.FakeDialer;
import cn.huzhong.care.app.shell.Calls;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HomeViewModelTest {
    final FakeRepositories repos = new FakeRepositories();
    final Navigator navigator = new Navigator(new Destination.Home());
    final FakeDialer dialer = new FakeDialer(Dialer.Outcome.UNAVAILABLE);
    final Calls calls = new Calls(dialer, Runnable::run, Runnable::run);
    /** 15:00 in Huzhong (UTC+8). */
    final Clock afternoon = Clock.fixed(Instant.parse("2026-11-28T07:00:00Z"), ZoneOffset.UTC);

    HomeViewModel vm(FakeRepositories.Sessions sessions, Lang lang) {
        return new HomeViewModel(repos, sessions, navigator, calls, Messages.of(lang), afternoon, Runnable::run);
    }

    @Test
    void load_showsTheGreetingWhileWaiting_thenTheContact() {
        var pending = repos.profile.thenWait();
        HomeViewModel vm = vm(new FakeRepositories.Sessions(Fixtures.residentSession()), Lang.ZH);
        vm.load();
        assertEquals(new HomeUiState.Loading("下午好，王秀兰"), vm.state());
        pending.complete(FakeRepositories.fresh(Fixtures.profile()));
        HomeUiState.Content c = assertInstanceOf(HomeUiState.Content.class, vm.state());
        assertEquals("周敏", c.contact().name());
        assertEquals(false, c.fromCache());
    }

    @Test
    void greeting_inEnglish_byTheDistrictsTimeOfDay() {
        HomeViewModel vm = vm(new FakeRepositories.Sessions(Fixtures.residentSession()), Lang.EN);
        assertEquals("Good afternoon, 王秀兰", vm.greeting());
    }

    @Test
    void carer_isGreetedByTheirOwnName() {
        repos.profile.then(FakeRepositories.fresh(Fixtures.profile()));
        HomeViewModel vm = vm(new FakeRepositories.Sessions(Fixtures.carerSession()), Lang.ZH);
        vm.load();
        assertEquals("下午好，张丽", vm.state().greeting());
    }

    @Test
    void accountActingForNobody_saysSo_withoutAskingTheServer() {
        HomeViewModel vm = vm(new FakeRepositories.Sessions(Fixtures.staffSession()), Lang.ZH);
        vm.load();
        assertInstanceOf(HomeUiState.NoResident.class, vm.state());
        assertTrue(repos.calls.isEmpty());
    }

    @Test
    void offlineWithoutCache_failsInWords() {
        repos.profile.thenFail(Fixtures.offline());
        HomeViewModel vm = vm(new FakeRepositories.Sessions(Fixtures.residentSession()), Lang.ZH);
        vm.load();
        assertTrue(assertInstanceOf(HomeUiState.Failed.class, vm.state()).message().contains("连不上服务器"));
    }

    @Test
    void callContact_asksTheDialer_andShowsTheNumber() {
        repos.profile.then(FakeRepositories.fresh(Fixtures.profile()));
        HomeViewModel vm = vm(new FakeRepositories.Sessions(Fixtures.residentSession()), Lang.ZH);
        vm.load();
        vm.callContact();
        assertEquals(List.of("13900000301"), dialer.dialled());
        assertEquals(new Calls.Call("周敏", "13900000301", Calls.Status.DIAL_YOURSELF), calls.currentProperty().get());
    }

    @Test
    void open_goesThere_withAWayBack() {
        HomeViewModel vm = vm(new FakeRepositories.Sessions(Fixtures.residentSession()), Lang.ZH);
        vm.open(new Destination.Subsidies());
        assertEquals(new Destination.Subsidies(), navigator.current());
        assertTrue(navigator.back());
        assertEquals(new Destination.Home(), navigator.current());
    }
}
