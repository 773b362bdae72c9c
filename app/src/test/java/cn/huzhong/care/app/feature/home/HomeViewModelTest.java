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
import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.api.UnreadCount;
import cn.huzhong.care.core.domain.ServiceRequestType;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HomeViewModelTest {
    final FakeRepositories repos = new FakeRepositories();
    final Navigator navigator = new Navigator(new Destination.Home());
    final FakeDialer dialer = new FakeDialer(Dialer.Outcome.UNAVAILABLE);
    final Calls calls = new Calls(dialer, Runnable::run, Runnable::run);
    /** 15:00 in Huzhong (UTC+8). */
    final Clock afternoon = Clock.fixed(Instant.parse("2026-11-28T07:00:00Z"), ZoneOffset.UTC);

    final FakeRepositories.FakeOutbox outbox = new FakeRepositories.FakeOutbox();

    HomeViewModel vm(FakeRepositories.Sessions sessions, Lang lang) {
        return new HomeViewModel(repos, repos, outbox, sessions, navigator, calls, Messages.of(lang), afternoon, null,
                Runnable::run);
    }

    @Test
    void load_showsTheGreetingWhileWaiting_thenTheContact() {
        var pending = repos.profile.thenWait();
        HomeViewModel vm = vm(new FakeRepositories.Sessions(Fixtures.residentSession()), Lang.ZH);
        vm.load();
        assertEquals(new HomeUiState.Loading("下午好，王秀兰",
                new HomeUiState.Extras(false, "王秀兰", null, null, "办理进度、提醒和回复", List.of(), 0, 0), null), vm.state());
        pending.complete(FakeRepositories.fresh(Fixtures.profile()));
        HomeUiState.Content c = assertInstanceOf(HomeUiState.Content.class, vm.state());
        assertEquals("周敏", c.contact().name());
        assertEquals(false, c.freshness().fromCache());
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

    @Test
    void messagesTile_countsTheUnreadOfThePersonShown() {
        repos.profile.then(FakeRepositories.fresh(Fixtures.profile()));
        repos.unread.then(FakeRepositories.fresh(new UnreadCount(3, List.of(new UnreadCount.ResidentCount(7, 3)))));
        HomeViewModel vm = vm(new FakeRepositories.Sessions(Fixtures.residentSession()), Lang.ZH);
        vm.load();
        HomeUiState.Content c = assertInstanceOf(HomeUiState.Content.class, vm.state());
        assertEquals(3L, c.extras().unread());
        assertTrue(c.extras().others().isEmpty());
        assertFalse(c.extras().carer());
    }

    @Test
    void carer_seesTheUnreadOfTheOtherLinkedResidents_andCanSwitchToThem() {
        repos.profile.then(FakeRepositories.fresh(Fixtures.profile()));
        repos.unread.then(FakeRepositories.fresh(new UnreadCount(3, List.of(new UnreadCount.ResidentCount(11, 1),
                new UnreadCount.ResidentCount(12, 2)))));
        FakeRepositories.Sessions sessions = new FakeRepositories.Sessions(Fixtures.carerSession());
        HomeViewModel vm = vm(sessions, Lang.ZH);
        vm.load();
        HomeUiState.Extras x = vm.state().extras();
        assertTrue(x.carer());
        assertEquals("刘洋", x.subjectName());
        assertEquals(1L, x.unread(), "the tile counts the person shown");
        assertEquals(1, x.others().size());
        assertEquals("张德福", x.others().get(0).person().name());
        assertEquals(2L, x.others().get(0).unread());

        vm.switchTo(x.others().get(0).person());
        assertEquals(12L, sessions.current().orElseThrow().subjectId());
        assertEquals(new Destination.Home("张德福"), navigator.current(), "home again, saying whose data is shown");
        assertFalse(navigator.canGoBackProperty().get());
    }

    @Test
    void respiteCare_isOneTapToItsForm() {
        HomeViewModel vm = vm(new FakeRepositories.Sessions(Fixtures.carerSession()), Lang.ZH);
        vm.respiteCare();
        assertEquals(new Destination.RequestForm(ServiceRequestType.RESPITE_CARE), navigator.current());
    }

    @Test
    void whatWaitsOnThePhone_isCounted_andFollowsTheOutbox() {
        repos.profile.then(FakeRepositories.fresh(Fixtures.profile()));
        HomeViewModel vm = vm(new FakeRepositories.Sessions(Fixtures.residentSession()), Lang.ZH);
        vm.load();
        assertEquals(0, vm.state().extras().waiting());
        outbox.items.add(OutboxItem.request("k1", 1, 7, Instant.parse("2026-11-28T02:00:00Z"),
                CreateServiceRequest.of(ServiceRequestType.OTHER, "需要有人帮忙")));
        outbox.changed();
        assertEquals(1, vm.state().extras().waiting());
        assertEquals(0, vm.state().extras().refused());
        vm.dispose();
        assertTrue(outbox.listeners.isEmpty(), "a screen that is gone stops listening");
    }
}
