package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.CreateServiceRequest;
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
    final RequestsViewModel vm = new RequestsViewModel(repos, outbox, navigator, Messages.of(Lang.ZH), Runnable::run);

    static OutboxItem waiting(String key) {
        return OutboxItem.request(key, 1, 7, Instant.parse("2026-11-28T02:00:00Z"),
                CreateServiceRequest.of(ServiceRequestType.OTHER, "需要人帮忙买药。"));
    }

    @Test
    void offlineWithoutCache_theRequestsOnThePhoneStillShow() {
        outbox.items.add(waiting("k1"));
        repos.requests.thenFail(Fixtures.offline());
        vm.load();
        RequestsUiState.Failed f = assertInstanceOf(RequestsUiState.Failed.class, vm.state());
        assertTrue(f.message().contains("连不上服务器"));
        assertEquals(List.of("k1"), f.outbox().stream().map(OutboxItem::key).toList());
    }

    @Test
    void whenAWaitingRequestIsSent_theListIsFetchedAgain() {
        outbox.items.add(waiting("k1"));
        repos.requests.then(FakeRepositories.fresh(List.of()));
        vm.load();
        assertEquals(1, vm.state().outbox().size());
        var sent = Fixtures.requestDetail(90, ServiceRequestType.OTHER, RequestStatus.SUBMITTED).summary();
        repos.requests.then(FakeRepositories.fresh(List.of(sent)));
        outbox.items.clear();
        outbox.changed();
        RequestsUiState.Content c = assertInstanceOf(RequestsUiState.Content.class, vm.state());
        assertEquals(List.of(sent), c.items());
        assertTrue(c.outbox().isEmpty());
        assertEquals(2, repos.calls.stream().filter("requests"::equals).count());
    }

    @Test
    void aTryThatChangesNothing_doesNotFetchAgain() {
        outbox.items.add(waiting("k1"));
        repos.requests.then(FakeRepositories.fresh(List.of()));
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
        repos.requests.then(FakeRepositories.fresh(List.of()));
        vm.load();
        vm.writeAgain(failed);
        assertEquals(new Destination.RequestForm(ServiceRequestType.OTHER), navigator.current());
        vm.dismiss(failed);
        assertEquals(List.of("k2"), outbox.dismissed);
        vm.sendNow();
        assertEquals(1, outbox.sendNowCalls);
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
