package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.platform.Dialer;
import cn.huzhong.care.app.platform.FakeDialer;
import cn.huzhong.care.app.shell.Calls;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class ProvidersViewModelTest {
    @Test
    void providers_ofTheService_callAndChooseATime() {
        FakeRepositories repos = new FakeRepositories();
        repos.providers.then(FakeRepositories.fresh(List.of(Fixtures.provider())));
        Navigator navigator = new Navigator(new Destination.Providers(ServiceKind.REHABILITATION));
        FakeDialer dialer = new FakeDialer(Dialer.Outcome.HANDED_TO_SYSTEM);
        ProvidersViewModel vm = new ProvidersViewModel(ServiceKind.REHABILITATION, repos, navigator,
                new Calls(dialer, Runnable::run, Runnable::run), Messages.of(Lang.ZH), Fixtures.CLOCK, Runnable::run);
        vm.load();
        assertEquals(List.of("providers REHABILITATION"), repos.calls);
        var p = assertInstanceOf(ProvidersUiState.Content.class, vm.state()).providers().get(0);
        vm.call(p);
        assertEquals(List.of("0457-3500001"), dialer.dialled());
        vm.chooseTime(p);
        assertEquals(new Destination.Slots(ServiceKind.REHABILITATION, p, null), navigator.current());
    }
}
