package cn.huzhong.care.app.feature.volunteer;

import cn.huzhong.care.app.data.VolunteerRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.Town;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executor;

/**
 * A volunteer's home (F10): the open tasks in the towns they serve, soonest first, each with only its town, time,
 * kind and what is needed; narrowed by town, kind and day. A volunteer staff have not verified yet sees that they are
 * waiting, with what they registered.
 */
public final class OpenTasksViewModel extends ViewModel<OpenTasksUiState> {
    private final VolunteerRepository volunteers;
    private final Navigator navigator;
    private final Messages messages;
    private VolunteerRepository.Filter filter = VolunteerRepository.Filter.ALL;
    private boolean filtersOpen;

    public OpenTasksViewModel(VolunteerRepository volunteers, Navigator navigator, Messages messages, Clock clock,
                              Executor ui) {
        super(new OpenTasksUiState.Loading(null), ui, messages, clock);
        this.volunteers = volunteers;
        this.navigator = navigator;
        this.messages = messages;
    }

    public void load() {
        VolunteerRepository.Filter f = filter;
        read(volunteers.openTasks(f), slow -> {
            // a new filter keeps the list it narrows on screen until the answer comes
            if (!(state() instanceof OpenTasksUiState.Content)) {
                publish(new OpenTasksUiState.Loading(slow));
            }
        }, (o, freshness) -> {
            if (o.me().status() != AccountStatus.ACTIVE) {
                publish(new OpenTasksUiState.Pending(o.me(), messages.get("volunteer.pending.text",
                        String.join("、", o.me().townNames()), String.join("、", o.me().kindNames())), freshness));
                return;
            }
            String count = o.tasks().isEmpty() ? messages.get(f.equals(VolunteerRepository.Filter.ALL)
                    ? "volunteer.open.none" : "volunteer.open.noneFiltered") : o.total() == 1 ? messages.get("volunteer.open.countOne")
                    : messages.get("volunteer.open.count", o.total());
            publish(new OpenTasksUiState.Content(o.me(), o.tasks(), count,
                    messages.get("volunteer.hours.total", TaskTexts.hours(messages, o.me().totalHours())), f,
                    filterText(f), filtersOpen, freshness));
        }, e -> publish(new OpenTasksUiState.Failed(messages.failure(e))));
    }

    private String filterText(VolunteerRepository.Filter f) {
        String town = f.town() == null ? messages.get("volunteer.filter.allTowns") : f.town().displayName(messages.lang());
        String kind = f.kind() == null ? messages.get("volunteer.filter.allKinds") : messages.core("helpKind." + f.kind());
        String day = f.date() == null ? messages.get("volunteer.filter.anyDay") : messages.dayShort(f.date());
        return messages.get("volunteer.filter.summary", town, kind, day);
    }

    public VolunteerRepository.Filter filter() {
        return filter;
    }

    public void openFilters() {
        filtersOpen = true;
        if (state() instanceof OpenTasksUiState.Content c) {
            publish(c.withFilters(true));
        }
    }

    public void closeFilters() {
        filtersOpen = false;
        if (state() instanceof OpenTasksUiState.Content c) {
            publish(c.withFilters(false));
        }
    }

    public void town(Town town) {
        filter = new VolunteerRepository.Filter(town, filter.kind(), filter.date());
        load();
    }

    public void kind(HelpKind kind) {
        filter = new VolunteerRepository.Filter(filter.town(), kind, filter.date());
        load();
    }

    public void date(LocalDate date) {
        filter = new VolunteerRepository.Filter(filter.town(), filter.kind(), date);
        load();
    }

    public void open(long taskId) {
        navigator.go(new Destination.TaskDetail(taskId));
    }

    /** For a freshness note's reload. */
    public void reload() {
        load();
    }

}
