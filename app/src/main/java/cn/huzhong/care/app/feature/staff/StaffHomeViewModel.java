package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.StaffRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.StaffQueues;
import cn.huzhong.care.core.domain.Town;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

/** Staff's home: the counts of the work queues, a town filter for district staff, and the way into each queue. */
public final class StaffHomeViewModel extends ViewModel<StaffHomeUiState> {
    private final StaffRepository staff;
    private final Navigator navigator;
    private final Messages messages;
    private final boolean district;
    private Town town;

    public StaffHomeViewModel(StaffRepository staff, Navigator navigator, Messages messages, Clock clock, Executor ui) {
        super(new StaffHomeUiState.Loading(null), ui, messages, clock);
        this.staff = staff;
        this.navigator = navigator;
        this.messages = messages;
        this.district = staff.ownTown() == null;
    }

    public void load() {
        Town chosen = town;
        read(staff.queues(chosen), slow -> publish(new StaffHomeUiState.Loading(slow)),
                (q, f) -> publish(new StaffHomeUiState.Content(scope(chosen), district, chosen, queues(q), f)),
                e -> publish(new StaffHomeUiState.Failed(messages.failure(e))));
    }

    /** District staff choose a town ({@code code} "" for every town); the counts follow. */
    public void chooseTown(String code) {
        Town t = StaffTowns.town(code);
        if (!district || java.util.Objects.equals(t, town)) {
            return;
        }
        town = t;
        load();
    }

    public void open(Destination.StaffQueueKind kind) {
        navigator.go(new Destination.StaffQueue(kind, town));
    }

    public void openSlots() {
        navigator.go(new Destination.StaffSlots());
    }

    public void openAccounts() {
        navigator.go(new Destination.StaffAccounts());
    }

    public void openAudit() {
        navigator.go(new Destination.Audit());
    }

    private String scope(Town chosen) {
        Town t = district ? chosen : staff.ownTown();
        return t == null ? messages.get("staff.home.scope.all") : messages.get("staff.home.scope.town",
                t.displayName(messages.lang()));
    }

    List<StaffHomeUiState.Queue> queues(StaffQueues q) {
        List<StaffHomeUiState.Queue> out = new ArrayList<>();
        add(out, Destination.StaffQueueKind.NEW_REQUESTS, q.newRequests());
        add(out, Destination.StaffQueueKind.OPEN_REQUESTS, q.openRequests());
        add(out, Destination.StaffQueueKind.APPLICATIONS, q.applicationsAtMyStep());
        add(out, Destination.StaffQueueKind.HOTLINE, q.hotlineThreadsToAnswer());
        add(out, Destination.StaffQueueKind.TASKS, q.tasksWithoutVolunteer());
        add(out, Destination.StaffQueueKind.VOLUNTEERS, q.volunteersToVerify());
        add(out, Destination.StaffQueueKind.COMPLAINTS, q.complaintsOpen());
        add(out, Destination.StaffQueueKind.DATA_CASES, q.personalDataCasesOpen());
        return List.copyOf(out);
    }

    private void add(List<StaffHomeUiState.Queue> out, Destination.StaffQueueKind kind, long n) {
        String name = messages.get("staff.queue." + key(kind) + ".title");
        String count = n == 0 ? messages.get("staff.home.count.none") : messages.get("staff.home.count", n);
        out.add(new StaffHomeUiState.Queue(kind, name, count, messages.get("staff.home.row.spoken", name, count), n > 0));
    }

    static String key(Destination.StaffQueueKind kind) {
        String[] parts = kind.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }
}
