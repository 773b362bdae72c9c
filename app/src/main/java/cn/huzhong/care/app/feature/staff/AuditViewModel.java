package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.data.StaffRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.AuditEntryDto;
import cn.huzhong.care.core.api.Page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The audit trail for staff (F13): every staff action and every write on someone's behalf, newest first, all the
 * staff member may see or one resident's, narrowed to a period (today, the last 7 or 30 days) and to the staff
 * member's own actions; read from the server each time (never kept on the device), page by page.
 */
public final class AuditViewModel extends ViewModel<AuditUiState> {
    private final Destination.Audit where;
    private final StaffRepository staff;
    private final Messages messages;
    private final List<AuditUiState.Entry> entries = new ArrayList<>();
    private final Clock clock;
    private Period period = Period.ALL;
    private boolean mine;
    /** Counts the reads from page one: a page asked for under an earlier filter is dropped when it comes. */
    private long generation;
    private int page;
    private long total;

    /** How far back the list goes: every entry, today's, the last 7 or 30 days (today included). */
    public enum Period {
        ALL(-1), TODAY(0), WEEK(6), MONTH(29);

        private final int daysBack;

        Period(int daysBack) {
            this.daysBack = daysBack;
        }
    }

    public AuditViewModel(Destination.Audit where, StaffRepository staff, Messages messages, Clock clock, Executor ui) {
        super(new AuditUiState.Loading(), ui);
        this.clock = clock;
        this.where = where;
        this.staff = staff;
        this.messages = messages;
    }

    public Period period() {
        return period;
    }

    public boolean mine() {
        return mine;
    }

    public void choosePeriod(Period p) {
        if (p != null && p != period) {
            period = p;
            load();
        }
    }

    public void showMine(boolean on) {
        if (on != mine) {
            mine = on;
            load();
        }
    }

    private LocalDate from() {
        return period == Period.ALL ? null
                : LocalDate.ofInstant(clock.instant(), cn.huzhong.care.core.time.Dates.ZONE).minusDays(period.daysBack);
    }

    private Long actor() {
        return mine ? staff.ownAccountId() : null;
    }

    public void load() {
        entries.clear();
        page = 0;
        publish(new AuditUiState.Loading());
        long asked = ++generation;
        when(staff.audit(where.residentId(), actor(), from(), null, null, 1), p -> add(asked, p),
                e -> {
                    if (asked == generation) {
                        publish(new AuditUiState.Failed(messages.failure(e)));
                    }
                });
    }

    public void more() {
        if (!(state() instanceof AuditUiState.Content c) || !c.more() || c.loadingMore()) {
            return;
        }
        publish(new AuditUiState.Content(c.scope(), c.summary(), c.entries(), true, true, null));
        long asked = generation;
        when(staff.audit(where.residentId(), actor(), from(), null, null, page + 1), p -> add(asked, p),
                e -> {
                    if (asked == generation) {
                        publish(new AuditUiState.Content(c.scope(), c.summary(), c.entries(), true, false,
                                messages.get("staff.action.failed", messages.failure(e))));
                    }
                });
    }

    private void add(long asked, Page<AuditEntryDto> p) {
        if (asked != generation) {
            return; // the filter changed while this page was on its way
        }
        page = p.page();
        total = p.total();
        for (AuditEntryDto e : p.items()) {
            if (entries.stream().noneMatch(x -> x.id() == e.id())) {
                entries.add(entry(e));
            }
        }
        String scope = where.residentName() == null ? messages.get("audit.scope.all")
                : messages.get("audit.scope.resident", where.residentName());
        String summary = total == 0 ? messages.get("audit.empty") : messages.get("audit.summary", entries.size(), total);
        publish(new AuditUiState.Content(scope, summary, List.copyOf(entries), p.hasMore(), false, null));
    }

    AuditUiState.Entry entry(AuditEntryDto e) {
        String key = "audit.action." + e.action();
        String what = messages.has(key) ? messages.get(key) : e.action();
        String role = e.actorRole() == null ? "" : messages.get("audit.role." + e.actorRole());
        String who = e.actorName() == null ? messages.get("audit.system") : messages.get("audit.who", e.actorName(), role);
        String whenWho = messages.get("audit.whenWho", messages.dateTime(e.at().toInstant()), who);
        String about = e.residentName() == null ? null : messages.get("audit.about", e.residentName());
        String before = e.before() == null ? messages.get("audit.before.none")
                : messages.get("audit.before", AuditStates.words(e.before(), e.entity(), messages));
        String after = e.after() == null ? null
                : messages.get("audit.after", AuditStates.words(e.after(), e.entity(), messages));
        return new AuditUiState.Entry(e.id(), what, whenWho, about, before, after);
    }
}
