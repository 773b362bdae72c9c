package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.platform.Dialer;
import cn.huzhong.care.app.platform.FakeDialer;
import cn.huzhong.care.app.shell.Calls;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.domain.BookingStatus;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookingDetailViewModelTest {
    final FakeRepositories repos = new FakeRepositories();
    final Navigator navigator = new Navigator(new Destination.Bookings());
    final FakeDialer dialer = new FakeDialer(Dialer.Outcome.UNAVAILABLE);
    final Calls calls = new Calls(dialer, Runnable::run, Runnable::run);

    BookingDetailViewModel vm(BookingDto b, Destination.BookingNotice notice) {
        repos.booking.then(FakeRepositories.fresh(b));
        BookingDetailViewModel vm = new BookingDetailViewModel(b.id(), notice, repos, navigator, calls, Messages.of(Lang.ZH),
                Fixtures.CLOCK, Runnable::run);
        vm.load();
        return vm;
    }

    BookingDetailUiState.Content content(BookingDetailViewModel vm) {
        return assertInstanceOf(BookingDetailUiState.Content.class, vm.state());
    }

    static BookingDto cancelled(BookingDto b) {
        return new BookingDto(b.id(), b.residentId(), BookingStatus.CANCELLED, b.service(), b.serviceName(), b.provider(),
                b.startsAt(), b.endsAt(), b.whenText(), b.deviceKind(), b.deviceKindName(), b.wheelchairLoan(), b.note(),
                false, b.cancelBy(), b.bookedBy());
    }

    @Test
    void justBooked_isSaid() {
        assertEquals("预约成功。前一天会在“消息”里提醒您。",
                content(vm(Fixtures.booking(7, ServiceKind.REHABILITATION, true), Destination.BookingNotice.BOOKED)).notice());
    }

    @Test
    void cancel_asksFirst_thenCancels_withOneKeyAcrossRetries() {
        BookingDto b = Fixtures.booking(7, ServiceKind.REHABILITATION, true);
        BookingDetailViewModel vm = vm(b, null);
        vm.confirmCancel();
        assertTrue(repos.calls.stream().noneMatch(c -> c.startsWith("cancelBooking")), "not without asking");
        vm.askToCancel();
        repos.cancelBooking.thenFail(Fixtures.offline());
        vm.confirmCancel();
        assertTrue(content(vm).error().startsWith("没有取消成功：连不上服务器"), content(vm).error());
        repos.cancelBooking.then(cancelled(b));
        vm.confirmCancel();
        assertEquals("预约已取消。", content(vm).notice());
        assertEquals(BookingStatus.CANCELLED, content(vm).booking().status());
        List<String> tries = repos.calls.stream().filter(c -> c.startsWith("cancelBooking 7 ")).toList();
        assertEquals(2, tries.size());
        assertEquals(tries.get(0), tries.get(1));
    }

    @Test
    void tooLateToCancel_theServersReasonIsShown_andTheProviderCanBeCalled() {
        BookingDto b = Fixtures.booking(7, ServiceKind.REHABILITATION, true);
        BookingDetailViewModel vm = vm(b, null);
        vm.askToCancel();
        repos.cancelBooking.thenFail(new ApiFailure.Rejected(Fixtures.problem(409, "与当前状态冲突",
                "预约开始前 2 小时内不能在线取消或改期，请直接打电话给服务机构。")));
        vm.confirmCancel();
        assertEquals("没有取消成功：预约开始前 2 小时内不能在线取消或改期，请直接打电话给服务机构。", content(vm).error());
        vm.callProvider();
        assertEquals(List.of("0457-3500001"), dialer.dialled());
    }

    @Test
    void pastTheCutoff_neitherCancelNorMoveIsOffered() {
        BookingDetailViewModel vm = vm(Fixtures.booking(7, ServiceKind.REHABILITATION, false), null);
        vm.askToCancel();
        assertEquals(BookingDetailUiState.Step.IDLE, content(vm).cancel());
        vm.reschedule();
        assertEquals(new Destination.Bookings(), navigator.current());
    }

    @Test
    void reschedule_opensTheProvidersTimes_forThisBooking() {
        BookingDto b = Fixtures.booking(7, ServiceKind.REHABILITATION, true);
        vm(b, null).reschedule();
        assertEquals(new Destination.Slots(ServiceKind.REHABILITATION, b.provider(), b), navigator.current());
    }
}
