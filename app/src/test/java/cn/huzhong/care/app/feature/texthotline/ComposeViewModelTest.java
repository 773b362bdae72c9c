package cn.huzhong.care.app.feature.texthotline;

import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.domain.HotlineTopic;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComposeViewModelTest {
    final FakeRepositories repos = new FakeRepositories();
    final Navigator navigator = new Navigator(new Destination.Home());
    final ComposeViewModel vm;

    ComposeViewModelTest() {
        navigator.go(new Destination.TextHotline());
        navigator.go(new Destination.HotlineCompose());
        vm = new ComposeViewModel(repos, navigator, Messages.of(Lang.ZH), Runnable::run);
    }

    List<String> writes() {
        return repos.calls.stream().filter(c -> c.startsWith("write ")).toList();
    }

    @Test
    void topicAndMessage_areBothNeeded_focusOnTheFirstMissing() {
        vm.messageProperty().set("   ");
        vm.send();
        assertEquals("请从列表中选择一项。", vm.state().topicError());
        assertEquals("请填写此项。", vm.state().messageError());
        assertEquals(ComposeUiState.Field.TOPIC, vm.state().focus());
        vm.topicProperty().set(HotlineTopic.POLICY);
        vm.send();
        assertNull(vm.state().topicError());
        assertEquals(ComposeUiState.Field.MESSAGE, vm.state().focus());
        vm.messageProperty().set("字".repeat(2001));
        vm.send();
        assertEquals("最多 2,000 个字。", vm.state().messageError());
        assertTrue(writes().isEmpty());
    }

    @Test
    void sent_opensTheThread_backGoesToTheList() {
        vm.topicProperty().set(HotlineTopic.REHABILITATION);
        vm.messageProperty().set("  能安排手语翻译吗？ ");
        repos.write.then(Fixtures.thread(9));
        vm.send();
        assertTrue(writes().get(0).startsWith("write REHABILITATION 能安排手语翻译吗？ "));
        assertEquals(new Destination.HotlineThread(9), navigator.current());
        navigator.back();
        assertEquals(new Destination.TextHotline(), navigator.current());
    }

    @Test
    void notSent_keepsTheWords_sameWordsSameKey_changedWordsNewKey() {
        vm.topicProperty().set(HotlineTopic.HELP);
        vm.messageProperty().set("请帮忙联系社区。");
        repos.write.thenFail(Fixtures.offline());
        vm.send();
        assertTrue(vm.state().formMessage().startsWith("没有发出去：连不上服务器"), vm.state().formMessage());
        assertEquals("请帮忙联系社区。", vm.messageProperty().get(), "what was written stays");
        repos.write.thenFail(Fixtures.offline());
        vm.send();
        vm.messageProperty().set("请帮忙联系社区，谢谢。");
        repos.write.thenFail(Fixtures.offline());
        vm.send();
        List<String> keys = writes().stream().map(c -> c.substring(c.lastIndexOf(' ') + 1)).toList();
        assertEquals(keys.get(0), keys.get(1), "a retry of the same words is the same message");
        assertNotEquals(keys.get(1), keys.get(2), "other words are another message");
    }
}
