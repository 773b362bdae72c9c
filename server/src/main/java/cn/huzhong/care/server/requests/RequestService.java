package cn.huzhong.care.server.requests;

import cn.huzhong.care.core.api.AssignProvider;
import cn.huzhong.care.core.api.CancelRequest;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.api.LinkedTask;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.api.RatingRequest;
import cn.huzhong.care.core.api.RequestEvent;
import cn.huzhong.care.core.api.RequestTransition;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.api.ServiceRequestSummary;
import cn.huzhong.care.core.api.StaffRequestRow;
import cn.huzhong.care.core.domain.MessageKind;
import cn.huzhong.care.core.domain.RequestEventKind;
import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.CoreMessages;
import cn.huzhong.care.core.i18n.Formats;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.request.ServiceRequestRules;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.core.validation.ValidationException;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.core.validation.Violation;
import cn.huzhong.care.server.audit.AuditLog;
import cn.huzhong.care.server.bookings.BookingRepository;
import cn.huzhong.care.server.bookings.BookingService;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.errors.NotFoundException;
import cn.huzhong.care.server.errors.ConflictException;
import cn.huzhong.care.server.idempotency.Idempotency;
import cn.huzhong.care.server.messages.Inbox;
import cn.huzhong.care.server.residents.Access;
import cn.huzhong.care.server.residents.ResidentRow;
import cn.huzhong.care.server.tasks.TaskRepository;
import cn.huzhong.care.server.tasks.TaskViews;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Service requests (F5): a form per type (rules in core), the lifecycle of "一问四送一响应一回访" with a timeline of
 * every step and who took it, cancellation by the person before service starts, the follow-up rating after
 * completion, and staff transitions (a transition not allowed from the current status is a 409). Every status
 * change lands in the inbox of the person and their carers.
 */
public final class RequestService {
    public static final int PLAN_MIN = 5;
    public static final int PLAN_MAX = 2000;
    public static final int NOTE_MAX = 500;
    /** Working days the town office takes to ask the person's needs (一问), and to write the plan. */
    public static final int DAYS_TO_ACCEPT = 2;
    public static final int DAYS_TO_PLAN = 5;

    private final Database db;
    private final RequestRepository requests;
    private final TaskRepository tasks;
    private final BookingRepository bookings;
    private final Access access;
    private final AuditLog audit;
    private final Inbox inbox;
    private final Idempotency idempotency;
    private final Clock clock;

    public RequestService(Database db, RequestRepository requests, TaskRepository tasks, BookingRepository bookings,
                          Access access, AuditLog audit, Inbox inbox, Idempotency idempotency, Clock clock) {
        this.db = db;
        this.requests = requests;
        this.tasks = tasks;
        this.bookings = bookings;
        this.access = access;
        this.audit = audit;
        this.inbox = inbox;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.ZONE));
    }

    private static OffsetDateTime time(long millis) {
        return Dates.time(millis);
    }

    private static LocalDate date(long millis) {
        return Dates.day(millis);
    }

    public Idempotency.Stored create(Principal p, long residentId, CreateServiceRequest req, Idempotency.Request idem,
                                     Lang lang) {
        List<Violation> violations = ServiceRequestRules.validate(req, today());
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        CreateServiceRequest form = ServiceRequestRules.onlyFormFields(req);
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            ResidentRow r = access.actForPerson(c, p, residentId);
            long id = requests.insert(c, r.id(), r.town(), form, p.accountId(), now);
            requests.insertEvent(c, id, RequestStatus.SUBMITTED, now, p.accountId(), Access.actorKind(p), null);
            audit.onBehalf(c, now, p, AuditLog.Change.of("request.create", "service_request", id).about(r.id(), r.town())
                    .states(null, AuditLog.state("type", form.type(), "status", RequestStatus.SUBMITTED)));
            inbox.notify(c, r.id(), MessageKind.REQUEST_STATUS, "request.received",
                    List.of("@requestType." + form.type()), id, null, now);
            return new Idempotency.Stored(201, Json.gson().toJson(detail(c, requests.byId(c, id).orElseThrow(), p, lang)), false);
        });
    }

    public Page<ServiceRequestSummary> list(Principal p, long residentId, int page, int size, Lang lang) {
        return db.read(c -> {
            access.see(c, p, residentId);
            List<ServiceRequestSummary> items = requests.byResident(c, residentId, size, (page - 1) * size).stream()
                    .map(r -> summary(r, lang)).toList();
            long total = page == 1 && items.size() < size ? items.size() : requests.countByResident(c, residentId);
            return new Page<>(items, page, size, total);
        });
    }

    public ServiceRequestDetail detail(Principal p, long residentId, long requestId, Lang lang) {
        return db.read(c -> {
            access.see(c, p, residentId);
            RequestRepository.RequestRow r = requests.byId(c, requestId).filter(x -> x.residentId() == residentId)
                    .orElseThrow(NotFoundException::new);
            return detail(c, r, p, lang);
        });
    }

    public Idempotency.Stored cancel(Principal p, long residentId, long requestId, CancelRequest req, Idempotency.Request idem,
                                     Lang lang) {
        String reason = req == null ? null : blankToNull(req.reason());
        Validators.start().maxLength("reason", reason, NOTE_MAX).throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            ResidentRow person = access.actAsPerson(c, p, residentId);
            RequestRepository.RequestRow r = requests.byId(c, requestId).filter(x -> x.residentId() == residentId)
                    .orElseThrow(NotFoundException::new);
            if (!r.status().cancellable()) {
                throw new ConflictException("problem.requestNotCancellable.detail", statusTitle(r.status(), lang));
            }
            audit.onBehalf(c, now, p, AuditLog.Change.of("request.cancel", "service_request", r.id())
                    .about(person.id(), person.town()).states(AuditLog.state("status", r.status()),
                            AuditLog.state("status", RequestStatus.CANCELLED, "reason", reason)));
            return move(c, p, r, RequestStatus.CANCELLED, null, reason, null, null, reason, lang, 200);
        });
    }

    public Idempotency.Stored rate(Principal p, long residentId, long requestId, RatingRequest req, Idempotency.Request idem,
                                   Lang lang) {
        Validators v = Validators.start();
        if (req.rating() == null) {
            v.add("rating", "required");
        } else {
            v.range("rating", req.rating(), 1, 5);
        }
        v.maxLength("comment", req.comment(), NOTE_MAX).throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            ResidentRow person = access.actAsPerson(c, p, residentId);
            RequestRepository.RequestRow r = requests.byId(c, requestId).filter(x -> x.residentId() == residentId)
                    .orElseThrow(NotFoundException::new);
            if (!r.status().rateable()) {
                throw new ConflictException("problem.rateOnlyCompleted.detail", statusTitle(r.status(), lang));
            }
            audit.onBehalf(c, now, p, AuditLog.Change.of("request.rate", "service_request", r.id())
                    .about(person.id(), person.town()).states(AuditLog.state("status", r.status()),
                            AuditLog.state("status", RequestStatus.FOLLOWED_UP, "rating", req.rating())));
            return move(c, p, r, RequestStatus.FOLLOWED_UP, null, null, req.rating(), blankToNull(req.comment()),
                    blankToNull(req.comment()), lang, 200);
        });
    }

    // ---- staff ----

    public Page<StaffRequestRow> queue(Principal p, RequestStatus status, Town town, int page, int size, Lang lang) {
        Access.requireStaff(p);
        if (!p.isDistrictStaff() && town != null && town != p.town()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Town scope = p.isDistrictStaff() ? town : p.town();
        List<RequestStatus> statuses = status != null ? List.of(status)
                : List.of(RequestStatus.SUBMITTED, RequestStatus.ACCEPTED, RequestStatus.PLANNED, RequestStatus.IN_SERVICE);
        return db.read(c -> new Page<>(requests.queue(c, scope, statuses, size, (page - 1) * size).stream()
                .map(q -> new StaffRequestRow(q.request().id(), q.request().residentId(), q.residentName(), q.request().town(),
                        q.request().form().type(), CoreMessages.get(lang, "requestType." + q.request().form().type()),
                        q.request().status(), time(q.request().updatedAt())))
                .toList(), page, size, requests.queueCount(c, scope, statuses)));
    }

    public Idempotency.Stored transition(Principal p, long requestId, RequestTransition t, Idempotency.Request idem, Lang lang) {
        Access.requireStaff(p);
        Validators v = Validators.start().required("to", t.to()).maxLength("note", t.note(), NOTE_MAX);
        // a field given is checked even where this move does not use it: nothing unchecked passes (issue 9)
        if (t.to() == RequestStatus.PLANNED) {
            v.text("plan", t.plan(), PLAN_MIN, PLAN_MAX);
        } else {
            v.maxLength("plan", t.plan(), PLAN_MAX);
        }
        if (t.to() == RequestStatus.REJECTED) {
            v.text("reason", t.reason(), 2, NOTE_MAX);
        } else {
            v.maxLength("reason", t.reason(), NOTE_MAX);
        }
        v.throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            RequestRepository.RequestRow r = requests.byId(c, requestId).orElseThrow(NotFoundException::new);
            Access.requireStaffOf(p, r.town());
            if (!r.status().staffTargets().contains(t.to())) {
                throw new ConflictException("problem.transitionNotAllowed.detail", statusTitle(r.status(), lang),
                        statusTitle(t.to(), lang));
            }
            String plan = t.to() == RequestStatus.PLANNED ? t.plan().strip() : null;
            String reason = t.to() == RequestStatus.REJECTED ? t.reason().strip() : null;
            Idempotency.Stored out = move(c, p, r, t.to(), plan, reason, null, null,
                    reason != null ? reason : blankToNull(t.note()), lang, 200);
            audit.record(c, now, p, AuditLog.Change.of("request." + t.to().name().toLowerCase(), "service_request", r.id())
                    .about(r.residentId(), r.town()).states(AuditLog.state("status", r.status()),
                            AuditLog.state("status", t.to(), "plan", plan, "reason", reason)));
            return out;
        });
    }

    /**
     * Staff name the provider who will deliver an open request: the timeline says so with the provider's name, and
     * the person is told.
     */
    public Idempotency.Stored assignProvider(Principal p, long requestId, AssignProvider req, Idempotency.Request idem,
                                             Lang lang) {
        Access.requireStaff(p);
        Validators.start().required("providerId", req.providerId()).throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            RequestRepository.RequestRow r = requests.byId(c, requestId).orElseThrow(NotFoundException::new);
            Access.requireStaffOf(p, r.town());
            BookingRepository.ProviderRow provider = bookings.provider(c, req.providerId())
                    .orElseThrow(() -> new ValidationException(new Violation("providerId", "oneOf")));
            if (!r.status().open()) {
                throw new ConflictException("problem.requestClosed.detail", statusTitle(r.status(), lang));
            }
            requests.setProvider(c, r.id(), provider.id(), now);
            requests.insertNews(c, r.id(), r.status(), now, p.accountId(), Access.actorKind(p),
                    RequestEventKind.PROVIDER_ASSIGNED, null, provider.name());
            inbox.notify(c, r.residentId(), MessageKind.REQUEST_STATUS, "request.status",
                    List.of("@requestType." + r.form().type(), "@requestEvent.PROVIDER_ASSIGNED.title"), r.id(), null, now);
            audit.record(c, now, p, AuditLog.Change.of("request.provider", "service_request", r.id())
                    .about(r.residentId(), r.town()).states(AuditLog.state("provider", r.providerId()),
                            AuditLog.state("provider", provider.id())));
            return new Idempotency.Stored(200, Json.gson().toJson(detail(c, requests.byId(c, r.id()).orElseThrow(), p, lang)),
                    false);
        });
    }

    private Idempotency.Stored move(Connection c, Principal p, RequestRepository.RequestRow r, RequestStatus to, String plan,
                                    String reason, Integer rating, String ratingComment, String note, Lang lang, int status)
            throws SQLException {
        long now = clock.millis();
        if (!requests.move(c, r.id(), r.status(), to, plan, reason, rating, ratingComment, now)) {
            RequestRepository.RequestRow current = requests.byId(c, r.id()).orElse(r);
            throw new ConflictException("problem.transitionNotAllowed.detail", statusTitle(current.status(), lang),
                    statusTitle(to, lang));
        }
        requests.insertEvent(c, r.id(), to, now, p.accountId(), Access.actorKind(p), note);
        inbox.notify(c, r.residentId(), MessageKind.REQUEST_STATUS, "request.status",
                List.of("@requestType." + r.form().type(), "@requestStatus." + to + ".title"), r.id(), null, now);
        return new Idempotency.Stored(status, Json.gson().toJson(detail(c, requests.byId(c, r.id()).orElseThrow(), p, lang)), false);
    }

    // ---- views ----

    static String statusTitle(RequestStatus s, Lang lang) {
        return CoreMessages.get(lang, "requestStatus." + s + ".title");
    }

    ServiceRequestSummary summary(RequestRepository.RequestRow r, Lang lang) {
        LocalDate since = date(r.updatedAt());
        String next = switch (r.status()) {
            case SUBMITTED -> CoreMessages.get(lang, "requestStatus.SUBMITTED.next",
                    Formats.date(Dates.addWorkingDays(since, DAYS_TO_ACCEPT), lang));
            case ACCEPTED -> CoreMessages.get(lang, "requestStatus.ACCEPTED.next",
                    Formats.date(Dates.addWorkingDays(since, DAYS_TO_PLAN), lang));
            case REJECTED, CANCELLED -> CoreMessages.get(lang, "requestStatus." + r.status() + ".next",
                    r.reason() == null ? "—" : r.reason());
            default -> CoreMessages.get(lang, "requestStatus." + r.status() + ".next");
        };
        return new ServiceRequestSummary(r.id(), r.residentId(), r.form().type(),
                CoreMessages.get(lang, "requestType." + r.form().type()), r.status(),
                CoreMessages.get(lang, "requestStatus." + r.status() + ".status"), next, date(r.createdAt()), time(r.updatedAt()));
    }

    /**
     * The request in full for {@code reader}: the timeline with status changes and news of the help arranged (a
     * volunteer by first name only), the provider and the tasks made from it; cancel and rate only for the person
     * or their carer.
     */
    private ServiceRequestDetail detail(Connection c, RequestRepository.RequestRow r, Principal reader, Lang lang)
            throws SQLException {
        List<RequestEvent> timeline = new ArrayList<>();
        for (RequestRepository.EventRow e : requests.events(c, r.id())) {
            if (e.kind() == RequestEventKind.STATUS) {
                timeline.add(new RequestEvent(e.status(), statusTitle(e.status(), lang), time(e.at()),
                        CoreMessages.get(lang, "step.by." + e.actorKind()), e.note(), e.kind()));
                continue;
            }
            boolean volunteer = e.kind() != RequestEventKind.PROVIDER_ASSIGNED;
            String by = volunteer
                    ? (e.detail() == null ? CoreMessages.get(lang, "step.by.VOLUNTEER")
                    : CoreMessages.get(lang, "requestEvent.byVolunteer", e.detail()))
                    : CoreMessages.get(lang, "step.by." + e.actorKind());
            String note = null;
            if (e.kind() == RequestEventKind.VOLUNTEER_COMING && e.taskId() != null) {
                note = tasks.byId(c, e.taskId()).map(t -> TaskViews.when(t, lang)).orElse(null);
            } else if (e.kind() == RequestEventKind.PROVIDER_ASSIGNED) {
                note = e.detail();
            }
            timeline.add(new RequestEvent(e.status(), CoreMessages.get(lang, "requestEvent." + e.kind() + ".title"),
                    time(e.at()), by, note, e.kind()));
        }
        ProviderDto provider = r.providerId() == null ? null
                : bookings.provider(c, r.providerId()).map(x -> BookingService.provider(x, lang)).orElse(null);
        List<LinkedTask> linked = tasks.list(c, new TaskRepository.Filter(null, null, null, null, null, null, null, null,
                r.id()), false, 50, 0).stream().map(t -> TaskViews.linked(t, lang)).toList();
        boolean person = reader.role() == Role.RESIDENT || reader.role() == Role.CARER;
        return new ServiceRequestDetail(summary(r, lang), r.form(), r.plan(), r.rating(), r.ratingComment(), r.reason(),
                timeline, person && r.status().cancellable(), person && r.status().rateable(), provider, linked);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
