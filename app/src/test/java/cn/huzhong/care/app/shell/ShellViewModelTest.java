package cn.huzhong.care.app.shell;

import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.data.SyncStatus;
import cn.huzhong.care.app.platform.InMemoryStorage;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShellViewModelTest {
    final InMemoryStorage storage = new InMemoryStorage();
    final SyncStatus sync = new SyncStatus(storage);
    final Navigator navigator = new Navigator(new Destination.Home());

    @Test
    void offline_isShownWithTheLastSyncTime_whichSurvivesARestart() {
        FakeRepositories.Sessions sessions = new FakeRepositories.Sessions(Fixtures.residentSession());
        ShellViewModel vm = new ShellViewModel(navigator, sessions, sync, Fixtures.CLOCK, Runnable::run);
        assertFalse(vm.stateProperty().get().offline());
        Instant t = Instant.parse("2026-11-28T03:04:05Z");
        sync.succeeded(t);
        sync.unreachable();
        assertTrue(vm.stateProperty().get().offline());
        assertEquals(t, vm.stateProperty().get().lastSync());
        assertEquals(t, new SyncStatus(storage).state().lastSync());
    }

    @Test
    void offlineText_isDecidedHere_withTheAgeByTheClock_andNoneOnline() {
        FakeRepositories.Sessions sessions = new FakeRepositories.Sessions(Fixtures.residentSession());
        ShellViewModel vm = new ShellViewModel(navigator, sessions, sync, Fixtures.CLOCK, Runnable::run);
        cn.huzhong.care.app.ui.Messages zh = cn.huzhong.care.app.ui.Messages.of(cn.huzhong.care.core.i18n.Lang.ZH);
        assertNull(vm.offlineText(zh), "online: no banner");
        sync.unreachable();
        assertEquals(zh.get("shell.offline.never"), vm.offlineText(zh));
        sync.succeeded(Fixtures.NOW.minusSeconds(3 * 3600));
        sync.unreachable();
        assertTrue(vm.offlineText(zh).contains("3 小时前"), vm.offlineText(zh));
    }

    @Test
    void carer_actingFor_isTheChosenLinkedResident_andCanBeSwitched() {
        FakeRepositories.Sessions sessions = new FakeRepositories.Sessions(Fixtures.carerSession());
        ShellViewModel vm = new ShellViewModel(navigator, sessions, sync, Fixtures.CLOCK, Runnable::run);
        assertEquals("刘洋", vm.stateProperty().get().actingFor().name());
        assertTrue(vm.stateProperty().get().canSwitch(), "two linked residents: the bar offers to switch");
        vm.switchPerson();
        assertEquals(new Destination.ActingFor(), navigator.current());
        sessions.actFor(12);
        assertEquals("张德福", vm.stateProperty().get().actingFor().name());
    }

    @Test
    void resident_actsForThemself_noBar() {
        ShellViewModel vm = new ShellViewModel(navigator, new FakeRepositories.Sessions(Fixtures.residentSession()), sync,
                Fixtures.CLOCK, Runnable::run);
        assertNull(vm.stateProperty().get().actingFor());
        assertFalse(vm.stateProperty().get().canSwitch());
    }

    @Test
    void sessionEnds_onAScreenThatNeedsIt_goesToSignIn() {
        FakeRepositories.Sessions sessions = new FakeRepositories.Sessions(Fixtures.residentSession());
        new ShellViewModel(navigator, sessions, sync, Fixtures.CLOCK, Runnable::run);
        navigator.go(new Destination.Subsidies());
        sessions.expired();
        assertEquals(new Destination.SignIn(), navigator.current());
        assertFalse(navigator.canGoBackProperty().get());
    }

    @Test
    void sessionEnds_onHotlines_staysThere() {
        FakeRepositories.Sessions sessions = new FakeRepositories.Sessions(Fixtures.residentSession());
        new ShellViewModel(navigator, sessions, sync, Fixtures.CLOCK, Runnable::run);
        navigator.go(new Destination.Hotlines());
        sessions.expired();
        assertEquals(new Destination.Hotlines(), navigator.current());
    }
}
