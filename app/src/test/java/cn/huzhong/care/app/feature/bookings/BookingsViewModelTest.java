package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.data.BookingRepository;
import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.CreateBooking;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookingsViewModelTest {
    final FakeRepositories repos = new FakeRepositories();
    final FakeRepositories.FakeOutbox outbox = new FakeRepositories.FakeOutbox();
    final Navigator navigator = new Navigator(new Destination.Bookings());
    final BookingsViewModel vm = new BookingsViewModel(repos, outbox, navigator, Messages.of(Lang.ZH), Runnable::run);

    static final OutboxItem.BookingInfo INFO = new OutboxItem.BookingInfo(ServiceKind.DEVICE_FITTING, 3, "呼中区辅助器具服务点",
            OffsetDateTime.parse("2026-11-30T09:00:00+08:00"), OffsetDateTime.parse("2026-11-30T10:00:00+08:00"), null, false);

    static OutboxItem waiting(String key) {
        return OutboxItem.booking(key, 5, 11, Instant.EPOCH, new CreateBooking(31L, null, null, null), INFO);
    }

    static OutboxItem failed(OutboxItem i, String why) {
        return new OutboxItem(i.key(), i.kind(), i.accountId(), i.residentId(), i.createdAt(), null, i.booking(),
                i.bookingInfo(), OutboxItem.State.FAILED, why, 1, Instant.EPOCH);
    }

    @Test
    void waitingThenRefused_isShownWithTheReason_andTheListReloads() {
        OutboxItem w = waiting("k");
        outbox.items.add(w);
        repos.bookings.then(FakeRepositories.fresh(new BookingRepository.Lists(List.of(), List.of())));
        vm.load();
        assertTrue(vm.state().outbox().get(0).waiting());

        repos.bookings.then(FakeRepositories.fresh(new BookingRepository.Lists(List.of(), List.of())));
        outbox.items.set(0, failed(w, "这个时段已经约满了，请选择别的时段。"));
        outbox.changed();
        BookingsUiState.Content c = assertInstanceOf(BookingsUiState.Content.class, vm.state());
        assertEquals("这个时段已经约满了，请选择别的时段。", c.outbox().get(0).failure());
        assertEquals(2, repos.calls.stream().filter("bookings"::equals).count(), "answered: the list is fetched again");

        vm.chooseAgain(c.outbox().get(0));
        assertEquals(new Destination.Providers(ServiceKind.DEVICE_FITTING), navigator.current());
        vm.dismiss(c.outbox().get(0));
        assertEquals(List.of("k"), outbox.dismissed);
    }

    @Test
    void sentBooking_appearsInTheList() {
        outbox.items.add(waiting("k"));
        repos.bookings.then(FakeRepositories.fresh(new BookingRepository.Lists(List.of(), List.of())));
        vm.load();
        var booked = Fixtures.booking(70, ServiceKind.REHABILITATION, true);
        repos.bookings.then(FakeRepositories.fresh(new BookingRepository.Lists(List.of(booked), List.of())));
        outbox.items.clear();
        outbox.changed();
        BookingsUiState.Content c = assertInstanceOf(BookingsUiState.Content.class, vm.state());
        assertEquals(List.of(booked), c.lists().upcoming());
        assertTrue(c.outbox().isEmpty());
    }

    @Test
    void book_andOpen_goThere() {
        vm.book(ServiceKind.REHABILITATION);
        assertEquals(new Destination.Providers(ServiceKind.REHABILITATION), navigator.current());
        vm.open(70);
        assertEquals(new Destination.BookingDetail(70), navigator.current());
    }
}
