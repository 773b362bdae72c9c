package cn.huzhong.care.app.feature.subsidies;

import cn.huzhong.care.app.data.SubsidyRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.SubsidySummary;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;

/** Every benefit the person has or applied for (F3), with the way to the benefit finder (F4). */
public final class SubsidiesViewModel extends ViewModel<SubsidiesUiState> {
    private final SubsidyRepository subsidies;
    private final Navigator navigator;
    private final Messages messages;

    public SubsidiesViewModel(SubsidyRepository subsidies, Navigator navigator, Messages messages, Clock clock,
                              Executor ui) {
        super(new SubsidiesUiState.Loading(null), ui, messages, clock);
        this.subsidies = subsidies;
        this.navigator = navigator;
        this.messages = messages;
    }

    public void load() {
        read(subsidies.subsidies(),
                slow -> publish(new SubsidiesUiState.Loading(slow)),
                (items, freshness) -> publish(new SubsidiesUiState.Content(rows(items),
                        items.isEmpty() ? messages.get("subsidies.empty.text")
                                : messages.get("subsidies.count.text", items.size()), freshness)),
                e -> publish(new SubsidiesUiState.Failed(messages.failure(e))));
    }

    private List<SubsidiesUiState.Row> rows(List<SubsidySummary> items) {
        return items.stream().map(item -> {
            String step = messages.core("step." + item.step().name() + ".title");
            String next = item.nextText() == null || item.nextText().isBlank() ? null : item.nextText();
            String spoken = messages.get("subsidies.row.spoken", item.name(), step, item.statusText(),
                    next == null ? "" : next, item.amountText());
            return new SubsidiesUiState.Row(item, messages.get("subsidies.row.status", step), StepTone.of(item.step()),
                    next, messages.get("subsidies.row.amount", item.amountText()), spoken);
        }).toList();
    }

    public void open(long subsidyId) {
        navigator.go(new Destination.SubsidyDetail(subsidyId));
    }

    public void openFinder() {
        navigator.go(new Destination.BenefitFinder());
    }
}
