package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.LoadMore;
import cn.huzhong.care.app.shell.OutboxListUiState;
import cn.huzhong.care.app.data.Paged;
import cn.huzhong.care.app.data.Loaded;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.api.ServiceRequestSummary;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestsViewModelTest {
    final FakeRepositories repos = new FakeRepositories();
    final FakeRepositories.FakeOutbox outbox = new FakeRepositories.FakeOutbox();
    final Navigator navigator = new Navigator(new Destination.Requests());
    final RequestsViewModel vm = new RequestsViewModel(repos, outbox, navigator, Messages.of(Lang.ZH), Fixtures.CLOCK,
            Runnable::run);

    static OutboxItem waiting(String key) {
        return OutboxItem.request(key, 1, 7, Instant.parse("2026-11-28T02:00:00Z"),
                CreateServiceRequest.of(ServiceRequestType.OTHER, "需要人帮忙买药。"));
    }

    @Test
    void offlineWithoutCache_theRequestsOnThePhoneStillShow() {
        outbox.items.add(waiting("k1"));
        repos.requests.thenFail(Fixtures.offline());
        vm.load();
        OutboxListUiState.Failed<?> f = assertInstanceOf(OutboxListUiState.Failed.class, vm.state());
        assertTrue(f.message().contains("连不上服务器"));
        assertEquals(List.of("k1"), f.outbox().stream().map(OutboxItem::key).toList());
    }

    @Test
    void whenAWaitingRequestIsSent_theListIsFetchedAgain() {
        outbox.items.add(waiting("k1"));
        repos.requests.then(FakeRepositories.fresh(FakeRepositories.page(List.of())));
        vm.load();
        assertEquals(1, vm.state().outbox().size());
        var sent = Fixtures.requestDetail(90, ServiceRequestType.OTHER, RequestStatus.SUBMITTED).summary();
        repos.requests.then(FakeRepositories.fresh(FakeRepositories.page(List.of(sent))));
        outbox.items.clear();
        outbox.changed();
        OutboxListUiState.Content<RequestList> c = content();
        assertEquals(List.of(sent), c.data().rows().stream().map(RequestList.Row::item).toList());
        assertTrue(c.outbox().isEmpty());
        assertEquals(2, repos.calls.stream().filter("requests"::equals).count());
    }

    @Test
    void aTryThatChangesNothing_doesNotFetchAgain() {
        outbox.items.add(waiting("k1"));
        repos.requests.then(FakeRepositories.fresh(FakeRepositories.page(List.of())));
        vm.load();
        outbox.changed();
        assertEquals(1, repos.calls.stream().filter("requests"::equals).count());
    }

    @Test
    void refused_canBeWrittenAgain_orDismissed() {
        OutboxItem failed = waiting("k2");
        failed = new OutboxItem(failed.key(), failed.kind(), failed.accountId(), failed.residentId(), failed.createdAt(),
                failed.request(), null, null, OutboxItem.State.FAILED, "请选择明天到 90 天以内的日期。", 1, null);
        outbox.items.add(failed);
        repos.requests.then(FakeRepositories.fresh(FakeRepositories.page(List.of())));
        vm.load();
        vm.writeAgain(failed);
        assertEquals(new Destination.RequestForm(ServiceRequestType.OTHER), navigator.current());
        vm.dismiss(failed);
        assertEquals(List.of("k2"), outbox.dismissed);
        vm.sendNow();
        assertEquals(1, outbox.sendNowCalls);
    }

    @SuppressWarnings("unchecked")
    OutboxListUiState.Content<RequestList> content() {
        return assertInstanceOf(OutboxListUiState.Content.class, vm.state());
    }

    static ServiceRequestSummary summary(long id, RequestStatus status) {
        return Fixtures.requestDetail(id, ServiceRequestType.OTHER, status).summary();
    }

    @Test
    void rows_sayTheStatusInWords_withItsTone_andWhatComesNext() {
        repos.requests.then(FakeRepositories.fresh(FakeRepositories.page(List.of(summary(4, RequestStatus.REJECTED),
                summary(5, RequestStatus.COMPLETED)))));
        vm.load();
        RequestList list = content().data();
        assertEquals("共 2 项。点一项可看办理进度和服务方案。", list.count());
        assertEquals("状态：未受理", list.rows().get(0).status());
        assertEquals(Styles.Tone.ERROR, list.rows().get(0).tone());
        assertEquals(Styles.Tone.OK, list.rows().get(1).tone());
        assertTrue(list.rows().get(0).created().startsWith("申请日期："), list.rows().get(0).created());
        assertTrue(list.rows().get(0).spoken().contains("未受理"), list.rows().get(0).spoken());
    }

    @Test
    void cachedList_showsAtOnce_updating_thenTheServersReplacesIt() {
        var pending = repos.requests.thenWait();
        pending.cached(FakeRepositories.page(List.of(summary(4, RequestStatus.SUBMITTED))), Fixtures.NOW.minusSeconds(600));
        vm.load();
        OutboxListUiState.Content<RequestList> cached = content();
        assertEquals(Freshness.State.UPDATING, cached.freshness().state());
        assertEquals(4, cached.data().rows().get(0).id());
        pending.answer(FakeRepositories.page(List.of(summary(6, RequestStatus.SUBMITTED), summary(4, RequestStatus.ACCEPTED))));
        OutboxListUiState.Content<RequestList> fresh = content();
        assertEquals(Freshness.State.FRESH, fresh.freshness().state());
        assertEquals(List.of(6L, 4L), fresh.data().rows().stream().map(RequestList.Row::id).toList());
    }

    @Test
    void loadMore_appendsTheNextPage_thenOffersNoMore_atTheEnd() {
        repos.requests.then(FakeRepositories.fresh(new Paged<>(List.of(summary(9, RequestStatus.SUBMITTED)), 1, true)));
        vm.load();
        assertEquals(LoadMore.AVAILABLE, content().more());
        assertTrue(content().data().count().contains("后面还有"), content().data().count());
        var next = repos.moreRequests.thenWait();
        vm.loadMore();
        assertEquals(LoadMore.LOADING, content().more());
        vm.loadMore();
        assertEquals(1, repos.calls.stream().filter("moreRequests"::equals).count(), "one page asked for at a time");
        next.complete(FakeRepositories.fresh(new Paged<>(List.of(summary(9, RequestStatus.SUBMITTED),
                summary(8, RequestStatus.SUBMITTED)), 2, false)));
        assertEquals(List.of(9L, 8L), content().data().rows().stream().map(RequestList.Row::id).toList());
        assertEquals(LoadMore.END, content().more());
        vm.loadMore();
        assertEquals(1, repos.calls.stream().filter("moreRequests"::equals).count(), "nothing more to ask for");
    }

    @Test
    void loadMore_thatFails_keepsTheList_andOffersToTryAgain() {
        repos.requests.then(FakeRepositories.fresh(new Paged<>(List.of(summary(9, RequestStatus.SUBMITTED)), 1, true)));
        vm.load();
        repos.moreRequests.thenFail(Fixtures.offline());
        vm.loadMore();
        OutboxListUiState.Content<RequestList> c = content();
        assertEquals(LoadMore.State.FAILED, c.more().state());
        assertTrue(c.more().error().startsWith("没能加载更多：连不上服务器"), c.more().error());
        assertTrue(c.more().offered());
        assertEquals(1, c.data().rows().size());
        repos.moreRequests.then(FakeRepositories.fresh(new Paged<>(List.of(summary(9, RequestStatus.SUBMITTED),
                summary(7, RequestStatus.SUBMITTED)), 2, false)));
        vm.loadMore();
        assertEquals(2, content().data().rows().size());
    }

    @Test
    void open_andNew_goThere() {
        vm.open(12);
        assertEquals(new Destination.RequestDetail(12), navigator.current());
        vm.newRequest();
        assertEquals(new Destination.RequestTypes(), navigator.current());
    }

    @Test
    void dispose_stopsListening() {
        vm.dispose();
        assertTrue(outbox.listeners.isEmpty());
    }
}
