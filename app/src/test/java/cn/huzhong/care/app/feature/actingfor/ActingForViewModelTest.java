package cn.huzhong.care.app.feature.actingfor;

import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.core.api.UnreadCount;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActingForViewModelTest {
    final FakeRepositories repos = new FakeRepositories();
    final FakeRepositories.Sessions sessions = new FakeRepositories.Sessions(Fixtures.carerSession());
    final Navigator navigator = new Navigator(new Destination.Home());
    final ActingForViewModel vm;

    ActingForViewModelTest() {
        navigator.go(new Destination.Subsidies());
        navigator.go(new Destination.ActingFor());
        vm = new ActingForViewModel(sessions, repos, navigator, Messages.of(Lang.ZH), Fixtures.CLOCK, Runnable::run);
    }

    @Test
    void linkedResidents_withTheirUnread_andWhoIsShownNow() {
        assertNull(vm.state().people().get(0).unread(), "usable before the counts arrive");
        repos.unread.then(FakeRepositories.fresh(new UnreadCount(4, List.of(new UnreadCount.ResidentCount(12, 4)))));
        vm.load();
        var people = vm.state().people();
        assertEquals(List.of("刘洋", "张德福"), people.stream().map(p -> p.ref().name()).toList());
        assertEquals(0L, people.get(0).unread());
        assertEquals(4L, people.get(1).unread());
        assertTrue(people.get(0).current());
        assertFalse(people.get(1).current());
    }

    @Test
    void offline_theListStillWorks_withoutCounts() {
        repos.unread.thenFail(Fixtures.offline());
        vm.load();
        assertNull(vm.state().people().get(1).unread());
    }

    @Test
    void choosing_switchesEverything_andStartsAgainAtHome_sayingWhose() {
        vm.choose(vm.state().people().get(1).ref());
        assertEquals(12L, sessions.current().orElseThrow().subjectId());
        assertEquals(new Destination.Home("张德福"), navigator.current());
        assertFalse(navigator.canGoBackProperty().get(), "nothing of 刘洋's to go back to");
    }
}
