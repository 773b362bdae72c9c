package cn.huzhong.care.app.feature.hotlines;

import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.platform.Dialer;
import cn.huzhong.care.app.platform.FakeDialer;
import cn.huzhong.care.app.shell.Calls;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.HotlineDto;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class HotlinesViewModelTest {
    @Test
    void call_handsTheNumberToTheHost_andTheShellShowsIt() {
        FakeRepositories repos = new FakeRepositories();
        HotlineDto line = new HotlineDto("12385", "12385", "12385 残疾人服务热线", "…", "…", false, false, true, false);
        repos.hotlines.then(FakeRepositories.fresh(List.of(line)));
        FakeDialer dialer = new FakeDialer(Dialer.Outcome.HANDED_TO_SYSTEM);
        Calls calls = new Calls(dialer, Runnable::run, Runnable::run);
        HotlinesViewModel vm = new HotlinesViewModel(repos, calls, new Navigator(new Destination.Hotlines()), false,
                Messages.of(Lang.ZH), Fixtures.CLOCK, Runnable::run);
        vm.load();
        assertEquals(List.of(line), assertInstanceOf(HotlinesUiState.Content.class, vm.state()).hotlines());
        vm.call(line);
        assertEquals(List.of("12385"), dialer.dialled());
        assertEquals(new Calls.Call("12385 残疾人服务热线", "12385", Calls.Status.HANDED_TO_SYSTEM), calls.currentProperty().get());
        calls.dismiss();
        assertEquals(null, calls.currentProperty().get());
    }

    @Test
    void textChannel_opensForSomeoneSignedIn_only() {
        Navigator navigator = new Navigator(new Destination.Hotlines());
        Calls calls = new Calls(new FakeDialer(Dialer.Outcome.UNAVAILABLE), Runnable::run, Runnable::run);
        HotlinesViewModel signedOut = new HotlinesViewModel(new FakeRepositories(), calls, navigator, false,
                Messages.of(Lang.ZH), Fixtures.CLOCK, Runnable::run);
        signedOut.write();
        assertEquals(new Destination.Hotlines(), navigator.current());
        HotlinesViewModel signedIn = new HotlinesViewModel(new FakeRepositories(), calls, navigator, true,
                Messages.of(Lang.ZH), Fixtures.CLOCK, Runnable::run);
        signedIn.write();
        assertEquals(new Destination.TextHotline(), navigator.current());
    }
}
