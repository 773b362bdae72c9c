package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.data.BookingRepository;
import cn.huzhong.care.app.shell.Calls;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.domain.ServiceKind;

import java.time.Clock;
import java.util.concurrent.Executor;

/** Who provides a service (F6): name, town, address, how accessible it is, phone; calling them; their free times. */
public final class ProvidersViewModel extends ViewModel<ProvidersUiState> {
    private final BookingRepository bookings;
    private final Navigator navigator;
    private final Calls calls;
    private final Messages messages;

    public ProvidersViewModel(ServiceKind service, BookingRepository bookings, Navigator navigator, Calls calls,
                              Messages messages, Clock clock, Executor ui) {
        super(new ProvidersUiState.Loading(service, null), ui, messages, clock);
        this.bookings = bookings;
        this.navigator = navigator;
        this.calls = calls;
        this.messages = messages;
    }

    public void load() {
        ServiceKind service = state().service();
        read(bookings.providers(service),
                slow -> publish(new ProvidersUiState.Loading(service, slow)),
                (providers, freshness) -> publish(new ProvidersUiState.Content(service, providers,
                        providers.isEmpty() ? messages.get("providers.empty.text")
                                : messages.get("providers.intro.text", providers.size()), freshness)),
                e -> publish(new ProvidersUiState.Failed(service, messages.failure(e))));
    }

    public void call(ProviderDto p) {
        calls.call(p.name(), p.phone());
    }

    public void chooseTime(ProviderDto p) {
        navigator.go(new Destination.Slots(state().service(), p, null));
    }
}
