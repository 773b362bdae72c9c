package cn.huzhong.care.app.feature.messages;

import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.api.InboxMessage;
import cn.huzhong.care.core.api.UnreadCount;
import cn.huzhong.care.core.domain.MessageKind;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InboxViewModelTest {
    final FakeRepositories repos = new FakeRepositories();
    final FakeRepositories.FakeOutbox outbox = new FakeRepositories.FakeOutbox();
    final Navigator navigator = new Navigator(new Destination.Inbox());
    final InboxViewModel vm = new InboxViewModel(repos, outbox,
            new FakeRepositories.Sessions(Fixtures.residentSession()), navigator, Messages.of(Lang.ZH), Fixtures.CLOCK,
            Runnable::run);

    @Test
    void eachKind_leadsToItsItem() {
        assertEquals(new Destination.SubsidyDetail(4), InboxViewModel.destination(Fixtures.message(1, MessageKind.SUBSIDY_STATUS, 4L, false)));
        assertEquals(new Destination.RequestDetail(4), InboxViewModel.destination(Fixtures.message(1, MessageKind.REQUEST_STATUS, 4L, false)));
        assertEquals(new Destination.BookingDetail(4), InboxViewModel.destination(Fixtures.message(1, MessageKind.BOOKING_STATUS, 4L, false)));
        assertEquals(new Destination.BookingDetail(4), InboxViewModel.destination(Fixtures.message(1, MessageKind.BOOKING_REMINDER, 4L, false)));
        assertEquals(new Destination.HotlineThread(4), InboxViewModel.destination(Fixtures.message(1, MessageKind.HOTLINE_REPLY, 4L, false)));
        assertNull(InboxViewModel.destination(Fixtures.message(1, MessageKind.HOTLINE_REPLY, null, false)));
    }

    @Test
    void unread_isCounted_openingMarksItReadFirst_thenGoesToItsItem() {
        InboxMessage unread = Fixtures.message(8, MessageKind.BOOKING_REMINDER, 70L, false);
        InboxMessage read = Fixtures.message(7, MessageKind.REQUEST_STATUS, 5L, true);
        repos.messages.then(FakeRepositories.fresh(FakeRepositories.page(List.of(unread, read))));
        vm.load();
        assertEquals(1, assertInstanceOf(InboxUiState.Content.class, vm.state()).unread());
        var marking = repos.markRead.thenWait();
        vm.open(unread);
        assertEquals(new Destination.Inbox(), navigator.current(), "marked read before leaving");
        marking.complete(Fixtures.message(8, MessageKind.BOOKING_REMINDER, 70L, true));
        assertEquals(new Destination.BookingDetail(70), navigator.current());
        vm.open(read);
        assertEquals(List.of("messages", "unread", "markRead 8"), repos.calls, "a read message is not marked again");
        assertEquals(new Destination.RequestDetail(5), navigator.current());
    }

    @Test
    void offline_theMessageStillOpens() {
        repos.markRead.thenFail(Fixtures.offline());
        vm.open(Fixtures.message(8, MessageKind.HOTLINE_REPLY, 3L, false));
        assertEquals(new Destination.HotlineThread(3), navigator.current());
    }

    @Test
    void markAllRead_thenReloads_andSaysSo() {
        repos.messages.then(FakeRepositories.fresh(FakeRepositories.page(
                List.of(Fixtures.message(8, MessageKind.REQUEST_STATUS, 5L, false)))));
        repos.markAllRead.then(new UnreadCount(0, List.of()));
        repos.messages.then(FakeRepositories.fresh(FakeRepositories.page(
                List.of(Fixtures.message(8, MessageKind.REQUEST_STATUS, 5L, true)))));
        vm.load();
        vm.markAllRead();
        InboxUiState.Content c = assertInstanceOf(InboxUiState.Content.class, vm.state());
        assertEquals(0, c.unread());
        assertEquals("已全部标为已读。", c.notice());
        assertEquals("没有未读消息。", c.unreadText());
        assertTrue(!c.offerMarkAll(), "nothing left to mark");
    }

    @Test
    void unreadCount_comesFromTheServersCounts_notOnlyThePagesLoaded() {
        repos.messages.then(FakeRepositories.fresh(new cn.huzhong.care.app.data.Paged<>(
                List.of(Fixtures.message(8, MessageKind.REQUEST_STATUS, 5L, false)), 1, true)));
        repos.unread.then(FakeRepositories.fresh(new UnreadCount(30,
                List.of(new UnreadCount.ResidentCount(7, 25), new UnreadCount.ResidentCount(11, 5)))));
        vm.load();
        InboxUiState.Content c = assertInstanceOf(InboxUiState.Content.class, vm.state());
        assertEquals(25, c.unread(), "王秀兰's own, of all the pages");
        assertEquals("有 25 条未读消息。", c.unreadText());
        assertTrue(c.offerMarkAll());
        assertEquals(cn.huzhong.care.app.shell.LoadMore.AVAILABLE, c.more());
    }

    @Test
    void loadMore_appendsOlderMessages_andRowsSayWhatTheyOpen() {
        InboxMessage newest = Fixtures.message(9, MessageKind.REQUEST_STATUS, 5L, true);
        InboxMessage older = Fixtures.message(3, MessageKind.HOTLINE_REPLY, null, true);
        repos.messages.then(FakeRepositories.fresh(new cn.huzhong.care.app.data.Paged<>(List.of(newest), 1, true)));
        vm.load();
        repos.moreMessages.then(FakeRepositories.fresh(new cn.huzhong.care.app.data.Paged<>(List.of(newest, older), 2,
                false)));
        vm.loadMore();
        InboxUiState.Content c = assertInstanceOf(InboxUiState.Content.class, vm.state());
        assertEquals(List.of(9L, 3L), c.messages().stream().map(InboxUiState.Row::id).toList());
        assertEquals(cn.huzhong.care.app.shell.LoadMore.END, c.more());
        assertTrue(c.messages().get(0).spoken().endsWith("打开申请详情"), c.messages().get(0).spoken());
        assertTrue(c.messages().get(1).spoken().endsWith("。"), "opens nothing: " + c.messages().get(1).spoken());
    }

    @Test
    void refusedRequestsAndBookings_ofThisPhone_areReportedHere_evenOffline() {
        OutboxItem w = OutboxItem.request("k", 1, 7, Instant.EPOCH, CreateServiceRequest.of(ServiceRequestType.OTHER, "需要人帮忙。"));
        OutboxItem f = new OutboxItem("f", w.kind(), 1, 7, Instant.EPOCH, w.request(), null, null, OutboxItem.State.FAILED,
                "请选择明天到 90 天以内的日期。", 1, Instant.EPOCH);
        outbox.items.addAll(List.of(w, f));
        repos.messages.thenFail(Fixtures.offline());
        vm.load();
        InboxUiState.Failed failed = assertInstanceOf(InboxUiState.Failed.class, vm.state());
        assertEquals(List.of("f"), failed.refused().stream().map(OutboxItem::key).toList(), "only what was refused");
        vm.chooseAgain(f);
        assertEquals(new Destination.RequestForm(ServiceRequestType.OTHER), navigator.current());
        vm.dismiss(f);
        assertTrue(assertInstanceOf(InboxUiState.Failed.class, vm.state()).refused().isEmpty());
    }
}
