package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.data.Submission;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.CreateBooking;
import cn.huzhong.care.core.api.SlotDto;
import cn.huzhong.care.core.domain.DeviceKind;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookSlotViewModelTest {
    final FakeRepositories repos = new FakeRepositories();
    final FakeRepositories.FakeOutbox outbox = new FakeRepositories.FakeOutbox();
    final Navigator navigator = new Navigator(new Destination.Home());

    BookSlotViewModel vm(SlotDto slot, BookingDto rescheduling) {
        navigator.go(new Destination.Bookings());
        navigator.go(new Destination.Providers(slot.service()));
        navigator.go(new Destination.Slots(slot.service(), Fixtures.provider(), rescheduling));
        navigator.go(new Destination.BookSlot(slot, Fixtures.provider(), rescheduling));
        return new BookSlotViewModel(slot, Fixtures.provider(), rescheduling, outbox, repos,
                new FakeRepositories.Sessions(Fixtures.carerSession()), navigator, Messages.of(Lang.ZH), Runnable::run);
    }

    @Test
    void rehabilitation_booksWithoutADevice_andOpensTheNewBooking() {
        BookSlotViewModel vm = vm(Fixtures.slot(31, ServiceKind.REHABILITATION, 9, 2), null);
        assertFalse(vm.fitting());
        assertEquals("刘洋", vm.state().forWhom());
        vm.deviceKindProperty().set(DeviceKind.WHEELCHAIR); // not asked for: not sent
        vm.wheelchairLoanProperty().set(true);
        outbox.bookingAnswers.then(new Submission.Sent<>(Fixtures.booking(77, ServiceKind.REHABILITATION, true)));
        vm.confirm();
        assertEquals(List.of(new CreateBooking(31L, null, null, null)), outbox.submittedBookings);
        assertEquals(new Destination.BookingDetail(77, Destination.BookingNotice.BOOKED), navigator.current());
        navigator.back();
        assertEquals(new Destination.Bookings(), navigator.current(), "back goes to the list, not the confirmation");
    }

    @Test
    void fitting_needsTheDeviceKind_focusGoesThere_andTheLoanIsSent() {
        BookSlotViewModel vm = vm(Fixtures.slot(44, ServiceKind.DEVICE_FITTING, 10, 1), null);
        assertTrue(vm.fitting());
        vm.confirm();
        assertEquals("请从列表中选择一项。", vm.state().deviceKindError());
        assertEquals(BookSlotUiState.Field.DEVICE_KIND, vm.state().focus());
        assertTrue(outbox.submittedBookings.isEmpty());
        vm.deviceKindProperty().set(DeviceKind.WALKER);
        vm.wheelchairLoanProperty().set(true);
        vm.noteProperty().set("  左腿不能用力 ");
        outbox.bookingAnswers.thenWait();
        vm.confirm();
        assertTrue(vm.state().sending());
        vm.confirm();
        assertEquals(List.of(new CreateBooking(44L, DeviceKind.WALKER, true, "左腿不能用力")), outbox.submittedBookings,
                "sent once, however often confirmed");
        OutboxItem.BookingInfo info = outbox.submittedInfos.get(0);
        assertEquals(DeviceKind.WALKER, info.deviceKind());
        assertEquals("呼中区残疾人康复中心", info.providerName());
    }

    @Test
    void note_atMost200Characters() {
        BookSlotViewModel vm = vm(Fixtures.slot(31, ServiceKind.REHABILITATION, 9, 2), null);
        vm.noteProperty().set("字".repeat(201));
        vm.confirm();
        assertEquals("最多 200 个字。", vm.state().noteError());
        assertEquals(BookSlotUiState.Field.NOTE, vm.state().focus());
        vm.noteProperty().set("字".repeat(200));
        outbox.bookingAnswers.thenWait();
        vm.confirm();
        assertNull(vm.state().noteError());
        assertEquals(1, outbox.submittedBookings.size());
    }

    @Test
    void offline_theBookingWaitsOnThePhone_andTheListShowsIt() {
        BookSlotViewModel vm = vm(Fixtures.slot(31, ServiceKind.REHABILITATION, 9, 2), null);
        outbox.bookingAnswers.then(new Submission.Waiting<>(OutboxItem.booking("k", 5, 11, Instant.EPOCH,
                new CreateBooking(31L, null, null, null), null)));
        vm.confirm();
        assertEquals(new Destination.Bookings(), navigator.current());
    }

    @Test
    void slotFull_saysSoInTheServersWords_andOffersAnotherTime() {
        BookSlotViewModel vm = vm(Fixtures.slot(31, ServiceKind.REHABILITATION, 9, 1), null);
        outbox.bookingAnswers.then(new Submission.Refused<>(new ApiFailure.Rejected(Fixtures.problem(409, "与当前状态冲突",
                "这个时段已经约满了，请选择别的时段。"))));
        vm.confirm();
        assertEquals("没有约上：这个时段已经约满了，请选择别的时段。", vm.state().formMessage());
        assertTrue(vm.state().refused());
        assertFalse(vm.state().sending());
        vm.chooseAnother();
        assertTrue(navigator.current() instanceof Destination.Slots, "back to the times, which load afresh");
    }

    @Test
    void reschedule_movesTheBooking_withOneKey_andSaysSo() {
        BookingDto old = Fixtures.booking(9, ServiceKind.REHABILITATION, true);
        BookSlotViewModel vm = vm(Fixtures.slot(32, ServiceKind.REHABILITATION, 10, 2), old);
        repos.reschedule.thenFail(Fixtures.offline());
        vm.confirm();
        assertEquals("连不上服务器，没有改期。原来的预约（11月30日（周一）上午9:00–9:45）仍然有效。联网后请再试一次。",
                vm.state().formMessage());
        assertFalse(vm.state().refused(), "try again here");
        repos.reschedule.then(Fixtures.booking(9, ServiceKind.REHABILITATION, true));
        vm.confirm();
        assertEquals(new Destination.BookingDetail(9, Destination.BookingNotice.RESCHEDULED), navigator.current());
        List<String> calls = repos.calls.stream().filter(c -> c.startsWith("reschedule 9 32 ")).toList();
        assertEquals(2, calls.size());
        assertEquals(calls.get(0), calls.get(1), "the same idempotency key for the retry");
        assertTrue(outbox.submittedBookings.isEmpty(), "a move is not a new booking");
    }

    @Test
    void rescheduleRefused_theOldBookingStands_andTheServersReasonIsShown() {
        BookingDto old = Fixtures.booking(9, ServiceKind.REHABILITATION, true);
        BookSlotViewModel vm = vm(Fixtures.slot(32, ServiceKind.REHABILITATION, 10, 1), old);
        repos.reschedule.thenFail(new ApiFailure.Rejected(Fixtures.problem(409, "与当前状态冲突",
                "这个时段已经约满了，请选择别的时段。")));
        vm.confirm();
        assertEquals("没有改成：这个时段已经约满了，请选择别的时段。 原来的预约（11月30日（周一）上午9:00–9:45）仍然有效。",
                vm.state().formMessage());
        assertTrue(vm.state().refused());
        assertTrue(navigator.current() instanceof Destination.BookSlot);
    }
}
