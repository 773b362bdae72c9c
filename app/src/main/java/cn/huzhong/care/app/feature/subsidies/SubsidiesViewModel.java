package cn.huzhong.care.app.feature.subsidies;

import cn.huzhong.care.app.data.SubsidyRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;

import java.util.concurrent.Executor;

/** Every benefit the person has or applied for (F3), with the way to the benefit finder (F4). */
public final class SubsidiesViewModel extends ViewModel<SubsidiesUiState> {
    private final SubsidyRepository subsidies;
    private final Navigator navigator;
    private final Messages messages;

    public SubsidiesViewModel(SubsidyRepository subsidies, Navigator navigator, Messages messages, Executor ui) {
        super(new SubsidiesUiState.Loading(), ui);
        this.subsidies = subsidies;
        this.navigator = navigator;
        this.messages = messages;
    }

    public void load() {
        publish(new SubsidiesUiState.Loading());
        when(subsidies.subsidies(),
                l -> publish(new SubsidiesUiState.Content(l.value(), l.savedAt(), l.fromCache())),
                e -> publish(new SubsidiesUiState.Failed(messages.failure(e))));
    }

    public void open(long subsidyId) {
        navigator.go(new Destination.SubsidyDetail(subsidyId));
    }

    public void openFinder() {
        navigator.go(new Destination.BenefitFinder());
    }
}
