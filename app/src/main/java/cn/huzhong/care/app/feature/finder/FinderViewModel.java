package cn.huzhong.care.app.feature.finder;

import cn.huzhong.care.app.data.SubsidyRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.BenefitMatchDto;
import cn.huzhong.care.core.domain.BenefitKind;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * The benefit finder (F4): benefits the person probably qualifies for and does not receive yet, each with the
 * reason in plain words. Applying asks for confirmation first; one idempotency key per benefit is kept across
 * retries, so a retry after a lost answer never files a second application.
 */
public final class FinderViewModel extends ViewModel<FinderUiState> {
    private final SubsidyRepository subsidies;
    private final Navigator navigator;
    private final Messages messages;
    private final Map<BenefitKind, String> idempotencyKeys = new EnumMap<>(BenefitKind.class);

    public FinderViewModel(SubsidyRepository subsidies, Navigator navigator, Messages messages, Executor ui) {
        super(new FinderUiState.Loading(), ui);
        this.subsidies = subsidies;
        this.navigator = navigator;
        this.messages = messages;
    }

    public void load() {
        load(null);
    }

    private void load(String applied) {
        publish(new FinderUiState.Loading());
        when(subsidies.benefitFinder(),
                l -> publish(new FinderUiState.Content(l.value().matches(), l.savedAt(), l.fromCache(), null, null,
                        applied, null)),
                e -> publish(new FinderUiState.Failed(messages.failure(e))));
    }

    /** First step of applying: show what will happen and ask to confirm. */
    public void askToApply(BenefitKind kind) {
        if (state() instanceof FinderUiState.Content c && c.applying() == null) {
            publish(c.with(kind, null, null, null));
        }
    }

    public void cancel() {
        if (state() instanceof FinderUiState.Content c && c.applying() == null) {
            publish(c.with(null, null, null, null));
        }
    }

    /** Second step: file the application. */
    public void confirm() {
        if (!(state() instanceof FinderUiState.Content c) || c.confirming() == null || c.applying() != null) {
            return;
        }
        BenefitKind kind = c.confirming();
        String key = idempotencyKeys.computeIfAbsent(kind, k -> UUID.randomUUID().toString());
        String name = c.matches().stream().filter(m -> m.kind() == kind).map(BenefitMatchDto::name).findFirst()
                .orElse(kind.name());
        publish(c.with(kind, kind, null, null));
        when(subsidies.apply(kind, key), detail -> {
            idempotencyKeys.remove(kind);
            load(detail.summary().name());
        }, e -> publish(c.with(kind, null, null, messages.get("finder.apply.failed", name, messages.failure(e)))));
    }

    public void openSubsidies() {
        navigator.go(new Destination.Subsidies());
    }
}
