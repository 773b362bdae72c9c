package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestDetailViewModelTest {
    final FakeRepositories repos = new FakeRepositories();

    RequestDetailViewModel vm(RequestStatus status, boolean justSent) {
        repos.request.then(FakeRepositories.fresh(Fixtures.requestDetail(5, ServiceRequestType.HOME_VISIT, status)));
        RequestDetailViewModel vm = new RequestDetailViewModel(repos, Messages.of(Lang.ZH), 5, justSent, Fixtures.CLOCK,
                Runnable::run);
        vm.load();
        return vm;
    }

    RequestDetailUiState.Content content(RequestDetailViewModel vm) {
        return assertInstanceOf(RequestDetailUiState.Content.class, vm.state());
    }

    @Test
    void justSent_isSaid_once() {
        RequestDetailViewModel vm = vm(RequestStatus.SUBMITTED, true);
        assertEquals("已提交。乡镇办事处会在 5 个工作日内联系您。", content(vm).notice());
    }

    @Test
    void cancel_asksFirst_thenCancelsWithTheReason_andSaysSo() {
        RequestDetailViewModel vm = vm(RequestStatus.PLANNED, false);
        vm.confirmCancel();
        assertTrue(repos.calls.stream().noneMatch(c -> c.startsWith("cancelRequest")), "not without asking");
        vm.askToCancel();
        assertEquals(RequestDetailUiState.Step.CONFIRMING, content(vm).cancel());
        vm.keep();
        assertEquals(RequestDetailUiState.Step.IDLE, content(vm).cancel());
        vm.askToCancel();
        vm.cancelReasonProperty().set("  已经有家人照顾了 ");
        repos.cancelRequest.then(Fixtures.requestDetail(5, ServiceRequestType.HOME_VISIT, RequestStatus.CANCELLED));
        vm.confirmCancel();
        String call = repos.calls.stream().filter(c -> c.startsWith("cancelRequest")).findFirst().orElseThrow();
        assertTrue(call.startsWith("cancelRequest 5 已经有家人照顾了 "), call);
        assertEquals("申请已取消。", content(vm).notice());
        assertEquals(RequestStatus.CANCELLED, content(vm).detail().summary().status());
    }

    @Test
    void cancelRefused_showsTheServersWords_andTheSameKeyIsUsedToRetry() {
        RequestDetailViewModel vm = vm(RequestStatus.ACCEPTED, false);
        vm.askToCancel();
        repos.cancelRequest.thenFail(Fixtures.offline());
        vm.confirmCancel();
        assertTrue(content(vm).error().contains("连不上服务器"));
        assertEquals(RequestDetailUiState.Step.CONFIRMING, content(vm).cancel());
        repos.cancelRequest.thenFail(new ApiFailure.Rejected(Fixtures.problem(409, "与当前状态冲突",
                "当前状态是“服务中”，服务已开始或已结束，不能取消。")));
        vm.confirmCancel();
        assertTrue(content(vm).error().contains("服务已开始或已结束，不能取消"), content(vm).error());
        var keys = repos.calls.stream().filter(c -> c.startsWith("cancelRequest")).map(c -> c.substring(c.lastIndexOf(' ') + 1))
                .distinct().count();
        assertEquals(1, keys, "one key for one cancellation, however often it is tried");
    }

    @Test
    void cannotCancel_afterTheServiceStarted() {
        RequestDetailViewModel vm = vm(RequestStatus.IN_SERVICE, false);
        vm.askToCancel();
        assertEquals(RequestDetailUiState.Step.IDLE, content(vm).cancel());
    }

    @Test
    void rating_mustBeChosen_commentAtMost500_thenSent() {
        RequestDetailViewModel vm = vm(RequestStatus.COMPLETED, false);
        assertTrue(content(vm).detail().canRate());
        vm.rate();
        assertEquals("请从列表中选择一项。", content(vm).ratingError());
        vm.ratingProperty().set(4);
        vm.commentProperty().set("好".repeat(501));
        vm.rate();
        assertNull(content(vm).ratingError());
        assertEquals("最多 500 个字。", content(vm).commentError());
        assertTrue(repos.calls.stream().noneMatch(c -> c.startsWith("rate")));
        vm.commentProperty().set("护理员很耐心。");
        repos.rate.then(Fixtures.requestDetail(5, ServiceRequestType.HOME_VISIT, RequestStatus.FOLLOWED_UP));
        vm.rate();
        assertTrue(repos.calls.stream().anyMatch(c -> c.startsWith("rate 5 4 护理员很耐心。 ")));
        assertEquals("谢谢您的评价，已经收到。", content(vm).notice());
        assertEquals(RequestStatus.FOLLOWED_UP, content(vm).detail().summary().status());
    }

    @Test
    void rating_notOfferedBeforeCompletion() {
        RequestDetailViewModel vm = vm(RequestStatus.PLANNED, false);
        vm.ratingProperty().set(5);
        vm.rate();
        assertTrue(repos.calls.stream().noneMatch(c -> c.startsWith("rate")));
    }
}
