package cn.huzhong.care.app.feature.finder;

import cn.huzhong.care.app.data.SubsidyRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.BenefitMatchDto;
import cn.huzhong.care.core.domain.BenefitKind;

import java.time.Clock;
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

    public FinderViewModel(SubsidyRepository subsidies, Navigator navigator, Messages messages, Clock clock,
                           Executor ui) {
        super(new FinderUiState.Loading(null), ui, messages, clock);
        this.subsidies = subsidies;
        this.navigator = navigator;
        this.messages = messages;
    }

    public void load() {
        load(null);
    }

    /** Reads the matches; {@code applied} names the benefit just applied for (the matches shown before are gone). */
    private void load(String applied) {
        boolean[] first = {applied != null};
        read(subsidies.benefitFinder(), slow -> publish(new FinderUiState.Loading(slow)), (finder, freshness) -> {
            if (!first[0] && state() instanceof FinderUiState.Content c) {
                // a fresher copy replaces the matches, not the confirmation the person may be in
                boolean stillThere = c.confirming() == null
                        || finder.matches().stream().anyMatch(m -> m.kind() == c.confirming());
                publish(new FinderUiState.Content(finder.matches(), intro(finder.matches().size()), freshness,
                        stillThere ? c.confirming() : null, stillThere ? c.applying() : null, c.applied(), c.error()));
            } else {
                publish(new FinderUiState.Content(finder.matches(), intro(finder.matches().size()), freshness, null, null,
                        applied, null));
            }
            first[0] = false;
        }, e -> publish(new FinderUiState.Failed(messages.failure(e))));
    }

    private String intro(int found) {
        return found == 0 ? messages.get("finder.empty.text") : messages.get("finder.intro.text", found);
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
