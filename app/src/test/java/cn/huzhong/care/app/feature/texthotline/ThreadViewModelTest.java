package cn.huzhong.care.app.feature.texthotline;

import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThreadViewModelTest {
    final FakeRepositories repos = new FakeRepositories();
    final ThreadViewModel vm = new ThreadViewModel(3, repos, Messages.of(Lang.ZH), Fixtures.CLOCK, Runnable::run);

    @Test
    void messages_sayWhoWroteThem() {
        repos.thread.then(FakeRepositories.fresh(Fixtures.thread(3)));
        vm.load();
        var c = assertInstanceOf(ThreadUiState.Content.class, vm.state());
        assertEquals(2, c.detail().messages().size());
        assertTrue(c.detail().messages().get(1).fromDesk());
    }

    @Test
    void writeAgain_emptyIsAnError_thenSent_andTheFieldEmpties() {
        repos.thread.then(FakeRepositories.fresh(Fixtures.thread(3)));
        vm.load();
        vm.send();
        assertEquals("请填写此项。", assertInstanceOf(ThreadUiState.Content.class, vm.state()).replyError());
        vm.replyProperty().set("好的，谢谢！");
        repos.writeAgain.then(Fixtures.thread(3));
        vm.send();
        var c = assertInstanceOf(ThreadUiState.Content.class, vm.state());
        assertEquals("已发出。工作人员会用文字回复您。", c.notice());
        assertEquals("", vm.replyProperty().get());
        assertTrue(repos.calls.stream().anyMatch(x -> x.startsWith("writeAgain 3 好的，谢谢！ ")));
    }

    @Test
    void refresh_looksForNewReplies() {
        repos.thread.then(FakeRepositories.fresh(Fixtures.thread(3)));
        repos.thread.then(FakeRepositories.fresh(Fixtures.thread(3)));
        vm.load();
        vm.load();
        assertEquals(2, repos.calls.stream().filter("thread 3"::equals).count());
    }
}
