package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.SlotDay;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlotsViewModelTest {
    final FakeRepositories repos = new FakeRepositories();
    final Navigator navigator = new Navigator(new Destination.Bookings());
    final Clock clock = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);
    final LocalDate today = LocalDate.of(2026, 11, 28);

    SlotsViewModel vm(BookingDto rescheduling) {
        return new SlotsViewModel(ServiceKind.REHABILITATION, Fixtures.provider(), rescheduling, repos, navigator,
                Messages.of(Lang.ZH), clock, Runnable::run);
    }

    @Test
    void aWeekAtATime_fromToday_upToFourWeeks() {
        for (int i = 0; i < 5; i++) {
            repos.slots.then(FakeRepositories.fresh(List.of()));
        }
        SlotsViewModel vm = vm(null);
        vm.load();
        assertFalse(assertInstanceOf(SlotsUiState.Content.class, vm.state()).earlier(), "no week before today");
        vm.later();
        vm.later();
        vm.later();
        assertEquals(today.plusDays(21), vm.state().from());
        assertTrue(assertInstanceOf(SlotsUiState.Content.class, vm.state()).earlier());
        assertFalse(vm.hasLater(), "slots are published four weeks ahead");
        vm.earlier();
        assertEquals(today.plusDays(14), vm.state().from());
        assertEquals(List.of("slots REHABILITATION 3 2026-11-28 7", "slots REHABILITATION 3 2026-12-05 7",
                "slots REHABILITATION 3 2026-12-12 7", "slots REHABILITATION 3 2026-12-19 7",
                "slots REHABILITATION 3 2026-12-12 7"), repos.calls);
    }

    @Test
    void moving_aBooking_leavesItsOwnTimeOut() {
        BookingDto mine = Fixtures.booking(9, ServiceKind.REHABILITATION, true); // 11-30 9:00
        SlotDay day = Fixtures.slotDay(LocalDate.of(2026, 11, 30), Fixtures.slot(31, ServiceKind.REHABILITATION, 9, 2),
                Fixtures.slot(32, ServiceKind.REHABILITATION, 10, 2));
        repos.slots.then(FakeRepositories.fresh(List.of(day)));
        SlotsViewModel vm = vm(mine);
        vm.load();
        SlotsUiState.Content c = assertInstanceOf(SlotsUiState.Content.class, vm.state());
        assertEquals(List.of(32L), c.days().get(0).slots().stream().map(s -> s.slot().id()).toList());
        assertEquals("还有 2 个名额", c.days().get(0).slots().get(0).places());
        assertTrue(c.intro().contains("可以改到的时间"), c.intro());
        vm.choose(c.days().get(0).slots().get(0).slot());
        assertEquals(new Destination.BookSlot(c.days().get(0).slots().get(0).slot(), Fixtures.provider(), mine), navigator.current());
    }

    @Test
    void placesAndTheEmptyWeek_areSaidInWords_here() {
        SlotDay day = Fixtures.slotDay(LocalDate.of(2026, 11, 30), Fixtures.slot(31, ServiceKind.REHABILITATION, 9, 1));
        repos.slots.then(FakeRepositories.fresh(List.of(day))).then(FakeRepositories.fresh(List.of()));
        SlotsViewModel vm = vm(null);
        vm.load();
        SlotsUiState.Content c = assertInstanceOf(SlotsUiState.Content.class, vm.state());
        assertEquals("只剩 1 个名额", c.days().get(0).slots().get(0).places());
        assertTrue(c.days().get(0).slots().get(0).spoken().contains("只剩 1 个名额"));
        vm.later();
        assertTrue(assertInstanceOf(SlotsUiState.Content.class, vm.state()).intro().contains("没有空余的时间"));
    }

    @Test
    void offlineWithoutCache_saysSo() {
        repos.slots.thenFail(Fixtures.offline());
        SlotsViewModel vm = vm(null);
        vm.load();
        assertTrue(assertInstanceOf(SlotsUiState.Failed.class, vm.state()).message().contains("连不上服务器"));
    }
}
