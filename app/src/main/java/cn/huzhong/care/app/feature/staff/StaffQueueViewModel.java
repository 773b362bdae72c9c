package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.Reading;
import cn.huzhong.care.app.data.StaffRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.ComplaintDto;
import cn.huzhong.care.core.api.DataCaseDto;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.StaffHotlineRow;
import cn.huzhong.care.core.api.StaffRequestRow;
import cn.huzhong.care.core.api.StaffSubsidyRow;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.api.VolunteerDto;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.Town;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * A work queue (new or open requests, applications, hotline threads, tasks, volunteers, complaints, personal-data
 * cases) as rows to open.
 */
public final class StaffQueueViewModel extends ViewModel<StaffQueueUiState> {
    private final Destination.StaffQueueKind kind;
    private final Town town;
    private final StaffRepository staff;
    private final Navigator navigator;
    private final Messages messages;

    public StaffQueueViewModel(Destination.StaffQueueKind kind, Town town, StaffRepository staff, Navigator navigator,
                               Messages messages, Clock clock, Executor ui) {
        super(new StaffQueueUiState.Loading(null), ui, messages, clock);
        this.kind = kind;
        this.town = town;
        this.staff = staff;
        this.navigator = navigator;
        this.messages = messages;
    }

    public Destination.StaffQueueKind kind() {
        return kind;
    }

    public void load() {
        switch (kind) {
            case NEW_REQUESTS -> show(staff.requestQueue(RequestStatus.SUBMITTED, town), this::request);
            case OPEN_REQUESTS -> show(staff.requestQueue(null, town), this::request);
            case APPLICATIONS -> show(staff.applicationQueue(town), this::application);
            case HOTLINE -> show(staff.hotlineQueue(town), this::thread);
            case TASKS -> show(staff.taskQueue(town), this::task);
            case VOLUNTEERS -> show(staff.volunteerQueue(AccountStatus.PENDING, town), this::volunteer);
            case COMPLAINTS -> show(staff.complaintQueue(town), this::complaint);
            case DATA_CASES -> show(staff.dataCaseQueue(town), this::dataCase);
        }
    }

    public void open(StaffQueueUiState.Row row) {
        navigator.go(row.target());
    }

    private <T> void show(Reading<Page<T>> reading, java.util.function.Function<T, StaffQueueUiState.Row> row) {
        read(reading, slow -> publish(new StaffQueueUiState.Loading(slow)), (page, f) -> {
            List<StaffQueueUiState.Row> rows = new ArrayList<>();
            for (T item : page.items()) {
                rows.add(row.apply(item));
            }
            String summary = page.total() == 0 ? messages.get("staff.queue.empty")
                    : page.total() > rows.size() ? messages.get("staff.queue.summary.some", rows.size(), page.total())
                    : messages.get("staff.queue.summary.all", page.total());
            publish(new StaffQueueUiState.Content(summary, List.copyOf(rows), f));
        }, e -> publish(new StaffQueueUiState.Failed(messages.failure(e))));
    }

    private String since(OffsetDateTime at) {
        return at == null ? null : messages.get("staff.queue.since", messages.dateTime(at.toInstant()));
    }

    private static List<String> lines(String... texts) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    private StaffQueueUiState.Row row(String id, String heading, List<String> lines, Destination target) {
        return new StaffQueueUiState.Row(id, heading, lines, heading + messages.get("staff.join") + String.join(messages.get("staff.join"), lines), target);
    }

    StaffQueueUiState.Row request(StaffRequestRow r) {
        String status = messages.core("requestStatus." + r.status() + ".title");
        return row("request-" + r.id(), r.residentName(), lines(r.typeName(),
                messages.get("staff.queue.statusTown", status, r.town().displayName(messages.lang())), since(r.since())),
                new Destination.StaffRequest(r.residentId(), r.id(), r.residentName()));
    }

    /** An application: who, which benefit, its step and town, since when (no certificate number: the name says who). */
    StaffQueueUiState.Row application(StaffSubsidyRow r) {
        String step = messages.core("step." + r.step() + ".title");
        return row("application-" + r.id(), r.residentName(), lines(r.name(),
                messages.get("staff.queue.statusTown", step, r.town().displayName(messages.lang())),
                since(r.stepSince())), new Destination.StaffApplication(r.residentId(), r.id(), r.residentName()));
    }

    StaffQueueUiState.Row thread(StaffHotlineRow r) {
        return row("thread-" + r.id(), r.residentName(), lines(r.topicName(),
                messages.get("staff.queue.lastMessage", r.lastMessage()), since(r.lastMessageAt())),
                new Destination.StaffThread(r.residentId(), r.id(), r.residentName()));
    }

    StaffQueueUiState.Row task(TaskDto t) {
        return row("task-" + t.id(), t.kindName(), lines(t.when(), messages.get("staff.queue.statusTown", t.statusName(),
                t.townName()), t.needed()), new Destination.StaffTask(t.id()));
    }

    StaffQueueUiState.Row volunteer(VolunteerDto v) {
        return row("volunteer-" + v.id(), v.name(), lines(v.statusName(), String.join(messages.get("staff.join"), v.townNames()),
                String.join(messages.get("staff.join"), v.kindNames()), v.registeredAt() == null ? null
                        : messages.get("staff.queue.registered", messages.dateTime(v.registeredAt().toInstant()))),
                new Destination.StaffVolunteer(v.id()));
    }

    /** A complaint: about which volunteer, by whom, the town, since when, and its first words. */
    StaffQueueUiState.Row complaint(ComplaintDto k) {
        return row("complaint-" + k.id(), messages.get("staff.queue.complaint.heading", k.volunteerName()),
                lines(messages.get("staff.queue.complaint.from", k.residentName()), messages.get("staff.queue.statusTown",
                        k.statusName(), k.town().displayName(messages.lang())), since(k.createdAt()), excerpt(k.body())),
                new Destination.StaffComplaint(k));
    }

    /** A personal-data case: whose, what they ask (correct or delete), the town, since when. */
    StaffQueueUiState.Row dataCase(DataCaseDto k) {
        return row("datacase-" + k.id(), k.residentName(), lines(k.kindName(), messages.get("staff.queue.statusTown",
                k.statusName(), k.town().displayName(messages.lang())), since(k.createdAt())),
                new Destination.StaffDataCase(k));
    }

    /** The first words of a long text, for a row. */
    static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        int max = 40;
        return t.codePointCount(0, t.length()) <= max ? t : t.substring(0, t.offsetByCodePoints(0, max)) + "…";
    }
}
