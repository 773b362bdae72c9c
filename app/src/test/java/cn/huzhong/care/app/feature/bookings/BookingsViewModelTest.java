package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.data.BookingRepository;
import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.data.Paged;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.LoadMore;
import cn.huzhong.care.app.shell.OutboxListUiState;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.CreateBooking;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookingsViewModelTest {
    final FakeRepositories repos = new FakeRepositories();
    final FakeRepositories.FakeOutbox outbox = new FakeRepositories.FakeOutbox();
    final Navigator navigator = new Navigator(new Destination.Bookings());
    final BookingsViewModel vm = new BookingsViewModel(repos, outbox, navigator, Messages.of(Lang.ZH), Fixtures.CLOCK,
            Runnable::run);

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
        repos.bookings.then(FakeRepositories.fresh(new BookingRepository.Lists(List.of(), Paged.empty())));
        vm.load();
        assertTrue(vm.state().outbox().get(0).waiting());

        repos.bookings.then(FakeRepositories.fresh(new BookingRepository.Lists(List.of(), Paged.empty())));
        outbox.items.set(0, failed(w, "这个时段已经约满了，请选择别的时段。"));
        outbox.changed();
        OutboxListUiState.Content<BookingLists> c = content(vm);
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
        repos.bookings.then(FakeRepositories.fresh(new BookingRepository.Lists(List.of(), Paged.empty())));
        vm.load();
        var booked = Fixtures.booking(70, ServiceKind.REHABILITATION, true);
        repos.bookings.then(FakeRepositories.fresh(new BookingRepository.Lists(List.of(booked), Paged.empty())));
        outbox.items.clear();
        outbox.changed();
        OutboxListUiState.Content<BookingLists> c = content(vm);
        assertEquals(List.of(booked), c.data().upcoming().stream().map(BookingLists.Row::booking).toList());
        assertTrue(c.outbox().isEmpty());
    }

    @SuppressWarnings("unchecked")
    static OutboxListUiState.Content<BookingLists> content(BookingsViewModel vm) {
        return assertInstanceOf(OutboxListUiState.Content.class, vm.state());
    }

    @Test
    void aBookingWhoseTimeHasPassed_readsOver_byTheClock_notTheServersWord() {
        var booked = Fixtures.booking(70, ServiceKind.REHABILITATION, false);
        repos.bookings.then(FakeRepositories.fresh(new BookingRepository.Lists(List.of(booked), Paged.empty())));
        vm.load();
        BookingLists.Row before = content(vm).data().upcoming().get(0);
        assertEquals("已预约", before.status());
        assertEquals(Styles.Tone.OK, before.tone());
        assertTrue(before.spoken().startsWith("康复训练，") && before.spoken().endsWith("已预约"), before.spoken());

        // the same booking read the day after (its end: 30 November 9:45 in Huzhong)
        BookingsViewModel later = new BookingsViewModel(repos, outbox, navigator, Messages.of(Lang.ZH),
                Clock.fixed(Instant.parse("2026-11-30T01:46:00Z"), ZoneOffset.UTC), Runnable::run);
        repos.bookings.then(FakeRepositories.fresh(new BookingRepository.Lists(List.of(booked), Paged.empty())));
        later.load();
        BookingLists.Row after = content(later).data().upcoming().get(0);
        assertEquals("已结束", after.status());
        assertEquals(Styles.Tone.INFO, after.tone());
    }

    @Test
    void pastBookings_arePaged_andMorePagesAppend() {
        var first = Fixtures.booking(60, ServiceKind.REHABILITATION, false);
        var second = Fixtures.booking(59, ServiceKind.REHABILITATION, false);
        repos.bookings.then(FakeRepositories.fresh(new BookingRepository.Lists(List.of(),
                new Paged<>(List.of(first), 1, true))));
        vm.load();
        assertEquals(LoadMore.AVAILABLE, content(vm).more());
        repos.morePast.then(FakeRepositories.fresh(new BookingRepository.Lists(List.of(),
                new Paged<>(List.of(first, second), 2, false))));
        vm.loadMore();
        assertEquals(List.of(60L, 59L), content(vm).data().past().stream().map(BookingLists.Row::id).toList());
        assertEquals(LoadMore.END, content(vm).more());
    }

    @Test
    void book_andOpen_goThere() {
        vm.book(ServiceKind.REHABILITATION);
        assertEquals(new Destination.Providers(ServiceKind.REHABILITATION), navigator.current());
        vm.open(70);
        assertEquals(new Destination.BookingDetail(70), navigator.current());
    }
}
