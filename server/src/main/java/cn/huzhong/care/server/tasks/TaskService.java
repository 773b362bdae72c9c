package cn.huzhong.care.server.tasks;

import cn.huzhong.care.core.api.AssignVolunteer;
import cn.huzhong.care.core.api.CompleteTask;
import cn.huzhong.care.core.api.ComplaintDto;
import cn.huzhong.care.core.api.CreateTask;
import cn.huzhong.care.core.api.FileComplaint;
import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.api.NoteRequest;
import cn.huzhong.care.core.api.OpenTaskDto;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.RatingRequest;
import cn.huzhong.care.core.api.ReasonRequest;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.ComplaintStatus;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.MessageKind;
import cn.huzhong.care.core.domain.Names;
import cn.huzhong.care.core.domain.RequestEventKind;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.TaskStatus;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.CoreMessages;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.core.validation.ValidationException;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.core.validation.Violation;
import cn.huzhong.care.server.audit.AuditLog;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.errors.ConflictException;
import cn.huzhong.care.server.errors.NotFoundException;
import cn.huzhong.care.server.idempotency.Idempotency;
import cn.huzhong.care.server.messages.Inbox;
import cn.huzhong.care.server.requests.RequestRepository;
import cn.huzhong.care.server.residents.Access;
import cn.huzhong.care.server.residents.ActorKind;
import cn.huzhong.care.server.residents.ResidentRepository;
import cn.huzhong.care.server.residents.ResidentRow;
import cn.huzhong.care.server.volunteers.VolunteerRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Help tasks (F10) and the tasks made from needs: staff create a task for a resident, directly or from a service
 * request (linked both ways: the request's timeline says a volunteer will come, with the volunteer's first name only);
 * verified volunteers see open tasks of their towns without anything that identifies the person, accept one (exactly
 * one wins, decided by the database), then see the person's contact and address, check in, complete it with a note
 * and the hours, or withdraw before the start (the task reopens and the town's staff are told). The person helped,
 * or their carer, rates the help or complains; complaints go to the town's staff.
 */
public final class TaskService {
    public static final int NEEDED_MIN = 5;
    public static final int NEEDED_MAX = 300;
    public static final int NOTE_MAX = 500;
    public static final int COMPLAINT_MAX = 2000;
    public static final Duration MAX_WINDOW = Duration.ofHours(12);
    public static final double MIN_HOURS = 0.25;
    public static final double MAX_HOURS = 12;

    private final Database db;
    private final TaskRepository tasks;
    private final VolunteerRepository volunteers;
    private final RequestRepository requests;
    private final ResidentRepository residents;
    private final Access access;
    private final AuditLog audit;
    private final Inbox inbox;
    private final Idempotency idempotency;
    private final Clock clock;

    public TaskService(Database db, TaskRepository tasks, VolunteerRepository volunteers, RequestRepository requests,
                       ResidentRepository residents, Access access, AuditLog audit, Inbox inbox, Idempotency idempotency,
                       Clock clock) {
        this.db = db;
        this.tasks = tasks;
        this.volunteers = volunteers;
        this.requests = requests;
        this.residents = residents;
        this.access = access;
        this.audit = audit;
        this.inbox = inbox;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    private static Idempotency.Stored stored(int status, Object body) {
        return new Idempotency.Stored(status, Json.gson().toJson(body), false);
    }

    private ResidentRow resident(Connection c, long residentId) throws SQLException {
        return residents.byId(c, residentId).orElseThrow(NotFoundException::new);
    }

    private TaskDto view(Connection c, TaskRepository.TaskRow t, TaskViews.Reader reader, Lang lang) throws SQLException {
        boolean seesPerson = reader == TaskViews.Reader.STAFF || reader == TaskViews.Reader.HOLDER;
        return TaskViews.dto(t, seesPerson ? resident(c, t.residentId()) : null, reader, clock.millis(), lang);
    }

    private TaskRepository.TaskRow reread(Connection c, long id) throws SQLException {
        return tasks.byId(c, id).orElseThrow();
    }

    private static ConflictException wrongStatus(TaskRepository.TaskRow t, Lang lang) {
        return new ConflictException("problem.taskStatus.detail", CoreMessages.get(lang, "taskStatus." + t.status()));
    }

    // ---- staff ----

    /** Creates a task for a resident, directly or from one of their open service requests (201). */
    public Idempotency.Stored create(Principal p, CreateTask req, Idempotency.Request idem, Lang lang) {
        Access.requireStaff(p);
        Validators v = Validators.start().required("kind", req.kind()).text("needed", req.needed(), NEEDED_MIN, NEEDED_MAX)
                .required("windowStart", req.windowStart()).required("windowEnd", req.windowEnd());
        if (req.residentId() == null && req.requestId() == null) {
            v.add("residentId", "required");
        }
        long now = clock.millis();
        if (req.windowStart() != null && req.windowEnd() != null) {
            long start = req.windowStart().toInstant().toEpochMilli();
            long end = req.windowEnd().toInstant().toEpochMilli();
            if (start <= now) {
                v.add("windowStart", "future");
            }
            if (end <= start) {
                v.add("windowEnd", "windowOrder");
            } else if (end - start > MAX_WINDOW.toMillis()) {
                v.add("windowEnd", "windowLength", MAX_WINDOW.toHours());
            } else if (!Dates.day(start).equals(Dates.day(end - 1))) {
                v.add("windowEnd", "windowSameDay");
            }
        }
        v.throwIfInvalid();
        String needed = req.needed().strip();
        long start = req.windowStart().toInstant().toEpochMilli();
        long end = req.windowEnd().toInstant().toEpochMilli();
        return idempotency.run(idem, now, c -> {
            ResidentRow r;
            Long requestId = null;
            if (req.requestId() != null) {
                RequestRepository.RequestRow request = requests.byId(c, req.requestId()).orElseThrow(NotFoundException::new);
                Access.requireStaffOf(p, request.town());
                if (req.residentId() != null && req.residentId() != request.residentId()) {
                    throw new ValidationException(new Violation("residentId", "requestOfAnotherPerson"));
                }
                if (!request.status().open()) {
                    throw new ConflictException("problem.requestClosed.detail",
                            CoreMessages.get(lang, "requestStatus." + request.status() + ".title"));
                }
                r = resident(c, request.residentId());
                requestId = request.id();
            } else {
                r = access.actAsStaff(c, p, req.residentId());
            }
            if (namesThePerson(needed, r)) {
                throw new ValidationException(new Violation("needed", "personalDataInTask"));
            }
            long id = tasks.insert(c, r.id(), r.town(), req.kind(), needed, start, end, requestId, p.accountId(), now);
            tasks.insertEvent(c, id, "CREATED", now, p.accountId(), null, null);
            audit.record(c, now, p, AuditLog.Change.of("task.create", "help_task", id).about(r.id(), r.town())
                    .states(null, AuditLog.state("status", TaskStatus.OPEN, "kind", req.kind(), "windowStart",
                            req.windowStart().toString(), "windowEnd", req.windowEnd().toString(), "request", requestId)));
            return stored(201, view(c, reread(c, id), TaskViews.Reader.STAFF, lang));
        });
    }

    /**
     * Whether text meant for volunteers who have not accepted yet gives the person away: their name, phone number,
     * address or certificate number (compared without spaces and punctuation).
     */
    static boolean namesThePerson(String text, ResidentRow r) {
        String t = squash(text);
        for (String s : new String[]{r.name(), r.phone(), r.address(), r.certificateNumber()}) {
            String x = squash(s);
            if (x.length() >= 2 && t.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static String squash(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\p{Punct}，。、；：（）\\-]", "").toLowerCase(Locale.ROOT);
    }

    /** Staff list of tasks in their town (district: all, or one town): open ones (without a volunteer) by default. */
    public Page<TaskDto> list(Principal p, TaskStatus status, Town town, HelpKind kind, LocalDate date, int page, int size,
                              Lang lang) {
        Access.requireStaff(p);
        if (!p.isDistrictStaff() && town != null && town != p.town()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Town scope = p.isDistrictStaff() ? town : p.town();
        TaskRepository.Filter f = new TaskRepository.Filter(scope == null ? null : List.of(scope),
                List.of(status == null ? TaskStatus.OPEN : status), kind, date == null ? null : dayStart(date),
                date == null ? null : dayStart(date.plusDays(1)), null, null, null, null);
        return db.read(c -> {
            List<TaskDto> items = new ArrayList<>();
            for (TaskRepository.TaskRow t : tasks.list(c, f, false, size, (page - 1) * size)) {
                items.add(view(c, t, TaskViews.Reader.STAFF, lang));
            }
            return new Page<>(items, page, size, tasks.count(c, f));
        });
    }

    private static long dayStart(LocalDate d) {
        return d.atStartOfDay(Dates.ZONE).toInstant().toEpochMilli();
    }

    /** One task: staff of its town see all of it; a volunteer sees an open task without the person, or their own in full. */
    public TaskDto detail(Principal p, long taskId, Lang lang) {
        Access.requireActive(p);
        return db.read(c -> {
            TaskRepository.TaskRow t = tasks.byId(c, taskId).orElseThrow(NotFoundException::new);
            if (p.isStaff()) {
                Access.requireStaffOf(p, t.town());
                return view(c, t, TaskViews.Reader.STAFF, lang);
            }
            if (p.role() == Role.VOLUNTEER) {
                if (t.volunteerId() != null && t.volunteerId() == p.accountId()) {
                    return view(c, t, TaskViews.Reader.HOLDER, lang);
                }
                if (t.status() == TaskStatus.OPEN && serves(c, p, t.town())) {
                    return view(c, t, TaskViews.Reader.BROWSER, lang);
                }
            }
            throw new NotFoundException();
        });
    }

    /** Staff give an open task to an active volunteer who serves its town. */
    public Idempotency.Stored assign(Principal p, long taskId, AssignVolunteer req, Idempotency.Request idem, Lang lang) {
        Access.requireStaff(p);
        Validators.start().required("volunteerId", req.volunteerId()).throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            TaskRepository.TaskRow t = tasks.byId(c, taskId).orElseThrow(NotFoundException::new);
            Access.requireStaffOf(p, t.town());
            VolunteerRepository.VolunteerRow v = volunteers.byId(c, req.volunteerId())
                    .filter(x -> x.status() == AccountStatus.ACTIVE && x.serves(t.town()))
                    .orElseThrow(() -> new ValidationException(new Violation("volunteerId", "volunteerNotAvailable")));
            if (t.status() != TaskStatus.OPEN) {
                throw t.status().taken() ? new ConflictException("problem.taskTaken.detail") : wrongStatus(t, lang);
            }
            if (!tasks.take(c, t.id(), v.accountId(), now)) {
                throw new ConflictException("problem.taskTaken.detail");
            }
            TaskRepository.TaskRow after = reread(c, t.id());
            tasks.insertEvent(c, t.id(), "ASSIGNED", now, p.accountId(), v.accountId(), null);
            inbox.notifyAccount(c, v.accountId(), t.residentId(), MessageKind.TASK_STATUS, "task.assigned",
                    List.of("@helpKind." + t.kind(), "@time:" + t.windowStart()), t.id(), now);
            volunteerComing(c, after, p.accountId(), Access.actorKind(p), now);
            audit.record(c, now, p, AuditLog.Change.of("task.assign", "help_task", t.id()).about(t.residentId(), t.town())
                    .states(AuditLog.state("status", t.status(), "volunteer", null),
                            AuditLog.state("status", after.status(), "volunteer", v.accountId())));
            return stored(200, view(c, after, TaskViews.Reader.STAFF, lang));
        });
    }

    /** Staff cancel a task that is not completed; the volunteer who held it is told. */
    public Idempotency.Stored cancel(Principal p, long taskId, ReasonRequest req, Idempotency.Request idem, Lang lang) {
        Access.requireStaff(p);
        Validators.start().text("reason", req.reason(), 2, NOTE_MAX).throwIfInvalid();
        long now = clock.millis();
        String reason = req.reason().strip();
        return idempotency.run(idem, now, c -> {
            TaskRepository.TaskRow t = tasks.byId(c, taskId).orElseThrow(NotFoundException::new);
            Access.requireStaffOf(p, t.town());
            if (t.status() == TaskStatus.COMPLETED || t.status() == TaskStatus.CANCELLED
                    || !tasks.cancel(c, t.id(), t.status(), reason, now)) {
                throw wrongStatus(reread(c, t.id()), lang);
            }
            tasks.insertEvent(c, t.id(), "CANCELLED", now, p.accountId(), t.volunteerId(), reason);
            if (t.volunteerId() != null) {
                inbox.notifyAccount(c, t.volunteerId(), t.residentId(), MessageKind.TASK_STATUS, "task.cancelled",
                        List.of("@helpKind." + t.kind(), "@time:" + t.windowStart(), reason), t.id(), now);
            }
            TaskRepository.TaskRow after = reread(c, t.id());
            audit.record(c, now, p, AuditLog.Change.of("task.cancel", "help_task", t.id()).about(t.residentId(), t.town())
                    .states(AuditLog.state("status", t.status(), "volunteer", t.volunteerId()),
                            AuditLog.state("status", after.status(), "reason", reason)));
            return stored(200, view(c, after, TaskViews.Reader.STAFF, lang));
        });
    }

    /**
     * Returns every task {@code volunteerId} holds and has not completed to the open list (the volunteer was
     * suspended): the linked requests' timelines say so and the towns' staff are told. Runs in the caller's
     * transaction; returns the tasks reopened.
     */
    public List<Long> reopenHeldBy(Connection c, long volunteerId, Principal actor, long now) throws SQLException {
        List<Long> reopened = new ArrayList<>();
        TaskRepository.Filter held = new TaskRepository.Filter(null, List.of(TaskStatus.ACCEPTED, TaskStatus.CHECKED_IN),
                null, null, null, null, volunteerId, null, null);
        for (TaskRepository.TaskRow t : tasks.list(c, held, false, 1000, 0)) {
            if (tasks.release(c, t.id(), volunteerId, t.status(), now)) {
                reopened.add(t.id());
                tasks.insertEvent(c, t.id(), "REOPENED", now, actor.accountId(), volunteerId, null);
                volunteerWithdrew(c, t, actor.accountId(), Access.actorKind(actor), now);
                inbox.notifyStaff(c, t.town(), t.residentId(), MessageKind.TASK_STATUS, "task.reopened",
                        List.of("@helpKind." + t.kind(), "@time:" + t.windowStart()), t.id(), now);
                audit.record(c, now, actor, AuditLog.Change.of("task.reopen", "help_task", t.id()).about(t.residentId(), t.town())
                        .states(AuditLog.state("status", t.status(), "volunteer", volunteerId),
                                AuditLog.state("status", TaskStatus.OPEN, "volunteer", null)));
            }
        }
        return reopened;
    }

    // ---- volunteers ----

    private boolean serves(Connection c, Principal p, Town town) throws SQLException {
        return volunteers.towns(c, p.accountId()).contains(town);
    }

    /**
     * Open tasks for a verified volunteer: in the towns they serve (or one of them), of one kind, starting on one day;
     * only tasks not over yet, soonest first. Nothing in the answer identifies the person.
     */
    public Page<OpenTaskDto> open(Principal p, Town town, HelpKind kind, LocalDate date, int page, int size, Lang lang) {
        Access.requireVolunteer(p);
        long now = clock.millis();
        return db.read(c -> {
            List<Town> mine = volunteers.towns(c, p.accountId());
            List<Town> towns = town == null ? mine : mine.contains(town) ? List.of(town) : List.of();
            TaskRepository.Filter f = new TaskRepository.Filter(towns, List.of(TaskStatus.OPEN), kind,
                    date == null ? null : dayStart(date), date == null ? null : dayStart(date.plusDays(1)), now, null, null, null);
            List<OpenTaskDto> items = tasks.list(c, f, false, size, (page - 1) * size).stream()
                    .map(t -> TaskViews.open(t, lang)).toList();
            return new Page<>(items, page, size, tasks.count(c, f));
        });
    }

    /** The volunteer's own tasks: {@code done} false = accepted and under way (soonest first), true = completed (newest first). */
    public Page<TaskDto> mine(Principal p, boolean done, int page, int size, Lang lang) {
        Access.requireVolunteer(p);
        TaskRepository.Filter f = new TaskRepository.Filter(null, done ? List.of(TaskStatus.COMPLETED)
                : List.of(TaskStatus.ACCEPTED, TaskStatus.CHECKED_IN), null, null, null, null, p.accountId(), null, null);
        return db.read(c -> {
            List<TaskDto> items = new ArrayList<>();
            for (TaskRepository.TaskRow t : tasks.list(c, f, done, size, (page - 1) * size)) {
                items.add(view(c, t, TaskViews.Reader.HOLDER, lang));
            }
            return new Page<>(items, page, size, tasks.count(c, f));
        });
    }

    /**
     * A volunteer accepts an open task of a town they serve. When several accept at once, the database lets exactly
     * one conditional UPDATE through; the others get 409 task-taken. Accepting a task one already holds (a retry whose
     * answer was lost) answers it again and changes nothing.
     */
    public Idempotency.Stored accept(Principal p, long taskId, Idempotency.Request idem, Lang lang) {
        Access.requireVolunteer(p);
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            TaskRepository.TaskRow t = tasks.byId(c, taskId).orElseThrow(NotFoundException::new);
            if (t.volunteerId() != null && t.volunteerId() == p.accountId()) {
                if (t.status() == TaskStatus.ACCEPTED) {
                    return stored(200, view(c, t, TaskViews.Reader.HOLDER, lang)); // a retry: it is theirs already
                }
                throw wrongStatus(t, lang);
            }
            if (!serves(c, p, t.town())) {
                throw new NotFoundException(); // not a task this volunteer can see
            }
            if (t.status() == TaskStatus.OPEN && t.windowEnd() <= now) {
                throw new ConflictException("problem.taskPast.detail");
            }
            if (!tasks.take(c, t.id(), p.accountId(), now)) {
                TaskRepository.TaskRow current = reread(c, t.id());
                throw current.status().taken() ? new ConflictException("problem.taskTaken.detail") : wrongStatus(current, lang);
            }
            TaskRepository.TaskRow after = reread(c, t.id());
            tasks.insertEvent(c, t.id(), "ACCEPTED", now, p.accountId(), p.accountId(), null);
            volunteerComing(c, after, p.accountId(), ActorKind.VOLUNTEER, now);
            return stored(200, view(c, after, TaskViews.Reader.HOLDER, lang));
        });
    }

    private TaskRepository.TaskRow held(Connection c, Principal p, long taskId) throws SQLException {
        return tasks.byId(c, taskId).filter(t -> t.volunteerId() != null && t.volunteerId() == p.accountId())
                .orElseThrow(NotFoundException::new);
    }

    /** The volunteer is there: from an hour before the window until its end. */
    public Idempotency.Stored checkIn(Principal p, long taskId, Idempotency.Request idem, Lang lang) {
        Access.requireVolunteer(p);
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            TaskRepository.TaskRow t = held(c, p, taskId);
            if (t.status() != TaskStatus.ACCEPTED) {
                throw wrongStatus(t, lang);
            }
            if (!TaskViews.canCheckIn(t, now)) {
                throw new ConflictException("problem.checkInNotNow.detail", TaskViews.when(t, lang));
            }
            if (!tasks.checkIn(c, t.id(), p.accountId(), now)) {
                throw wrongStatus(reread(c, t.id()), lang);
            }
            tasks.insertEvent(c, t.id(), "CHECKED_IN", now, p.accountId(), p.accountId(), null);
            return stored(200, view(c, reread(c, t.id()), TaskViews.Reader.HOLDER, lang));
        });
    }

    /** The volunteer finishes: a note of what was done and the hours, in quarter hours. */
    public Idempotency.Stored complete(Principal p, long taskId, CompleteTask req, Idempotency.Request idem, Lang lang) {
        Access.requireVolunteer(p);
        Validators v = Validators.start().text("note", req.note(), 2, NOTE_MAX);
        Integer minutes = minutes(req.hours(), v);
        v.throwIfInvalid();
        long now = clock.millis();
        String note = req.note().strip();
        return idempotency.run(idem, now, c -> {
            TaskRepository.TaskRow t = held(c, p, taskId);
            if (t.status() != TaskStatus.CHECKED_IN || !tasks.complete(c, t.id(), p.accountId(), minutes, note, now)) {
                throw wrongStatus(reread(c, t.id()), lang);
            }
            tasks.insertEvent(c, t.id(), "COMPLETED", now, p.accountId(), p.accountId(), null);
            TaskRepository.TaskRow after = reread(c, t.id());
            if (t.requestId() != null) {
                RequestRepository.RequestRow request = requests.byId(c, t.requestId()).orElseThrow();
                requests.insertNews(c, request.id(), request.status(), now, p.accountId(), ActorKind.VOLUNTEER,
                        RequestEventKind.VOLUNTEER_DONE, t.id(), Names.firstName(p.displayName()));
            }
            inbox.notify(c, t.residentId(), MessageKind.TASK_STATUS, "task.completed",
                    List.of("@helpKind." + t.kind(), Names.firstName(p.displayName())), t.id(), null, now);
            return stored(200, view(c, after, TaskViews.Reader.HOLDER, lang));
        });
    }

    /** Hours as quarter hours from 0.25 to 12, in minutes; null (with a violation) when not. */
    static Integer minutes(Double hours, Validators v) {
        if (hours == null) {
            v.add("hours", "required");
            return null;
        }
        double quarters = hours * 4;
        if (hours < MIN_HOURS || hours > MAX_HOURS || Double.isNaN(hours) || Math.abs(quarters - Math.rint(quarters)) > 1e-9) {
            v.add("hours", "quarterHours", MIN_HOURS, (int) MAX_HOURS);
            return null;
        }
        return (int) Math.rint(quarters) * 15;
    }

    /** The volunteer gives the task back before its window starts: it reopens and the town's staff are told. */
    public Idempotency.Stored withdraw(Principal p, long taskId, Idempotency.Request idem, Lang lang) {
        Access.requireVolunteer(p);
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            TaskRepository.TaskRow t = held(c, p, taskId);
            if (t.status() != TaskStatus.ACCEPTED) {
                throw wrongStatus(t, lang);
            }
            if (now >= t.windowStart()) {
                throw new ConflictException("problem.withdrawTooLate.detail");
            }
            if (!tasks.release(c, t.id(), p.accountId(), TaskStatus.ACCEPTED, now)) {
                throw wrongStatus(reread(c, t.id()), lang);
            }
            tasks.insertEvent(c, t.id(), "WITHDRAWN", now, p.accountId(), p.accountId(), null);
            volunteerWithdrew(c, t, p.accountId(), ActorKind.VOLUNTEER, now);
            inbox.notifyStaff(c, t.town(), t.residentId(), MessageKind.TASK_STATUS, "task.withdrawn",
                    List.of("@helpKind." + t.kind(), "@time:" + t.windowStart()), t.id(), now);
            TaskRepository.TaskRow after = reread(c, t.id());
            return stored(200, view(c, after, TaskViews.Reader.BROWSER, lang));
        });
    }

    /** A volunteer now holds the task: the linked request's timeline and the person's inbox say who will come, by first name. */
    private void volunteerComing(Connection c, TaskRepository.TaskRow t, long actor, ActorKind actorKind, long now)
            throws SQLException {
        String firstName = Names.firstName(t.volunteerName());
        if (t.requestId() != null) {
            RequestRepository.RequestRow request = requests.byId(c, t.requestId()).orElseThrow();
            requests.insertNews(c, request.id(), request.status(), now, actor, actorKind, RequestEventKind.VOLUNTEER_COMING,
                    t.id(), firstName);
        }
        inbox.notify(c, t.residentId(), MessageKind.TASK_STATUS, "task.volunteerComing",
                List.of("@helpKind." + t.kind(), firstName, "@time:" + t.windowStart()), t.id(), null, now);
    }

    private void volunteerWithdrew(Connection c, TaskRepository.TaskRow t, long actor, ActorKind actorKind, long now)
            throws SQLException {
        if (t.requestId() != null) {
            RequestRepository.RequestRow request = requests.byId(c, t.requestId()).orElseThrow();
            requests.insertNews(c, request.id(), request.status(), now, actor, actorKind, RequestEventKind.VOLUNTEER_WITHDREW,
                    t.id(), Names.firstName(t.volunteerName()));
        }
    }

    // ---- the person helped ----

    /** A resident's help tasks, newest first; the volunteer by first name only. */
    public Page<TaskDto> forResident(Principal p, long residentId, int page, int size, Lang lang) {
        TaskRepository.Filter f = new TaskRepository.Filter(null, null, null, null, null, null, null, residentId, null);
        return db.read(c -> {
            access.see(c, p, residentId);
            TaskViews.Reader reader = p.isStaff() ? TaskViews.Reader.STAFF : TaskViews.Reader.PERSON;
            List<TaskDto> items = new ArrayList<>();
            for (TaskRepository.TaskRow t : tasks.list(c, f, true, size, (page - 1) * size)) {
                items.add(view(c, t, reader, lang));
            }
            return new Page<>(items, page, size, tasks.count(c, f));
        });
    }

    private TaskRepository.TaskRow ofResident(Connection c, long residentId, long taskId) throws SQLException {
        return tasks.byId(c, taskId).filter(t -> t.residentId() == residentId).orElseThrow(NotFoundException::new);
    }

    /** The person (or their carer) rates completed help, once. Staff may not rate as the person. */
    public Idempotency.Stored rate(Principal p, long residentId, long taskId, RatingRequest req, Idempotency.Request idem,
                                   Lang lang) {
        Validators v = Validators.start();
        if (req.rating() == null) {
            v.add("rating", "required");
        } else {
            v.range("rating", req.rating(), 1, 5);
        }
        v.maxLength("comment", req.comment(), NOTE_MAX).throwIfInvalid();
        long now = clock.millis();
        String comment = req.comment() == null || req.comment().isBlank() ? null : req.comment().strip();
        return idempotency.run(idem, now, c -> {
            ResidentRow r = access.actAsPerson(c, p, residentId);
            TaskRepository.TaskRow t = ofResident(c, residentId, taskId);
            if (t.status() != TaskStatus.COMPLETED) {
                throw wrongStatus(t, lang);
            }
            if (!tasks.rate(c, t.id(), req.rating(), comment, p.accountId(), now)) {
                throw new ConflictException("problem.alreadyRated.detail");
            }
            tasks.insertEvent(c, t.id(), "RATED", now, p.accountId(), t.volunteerId(), null);
            audit.onBehalf(c, now, p, AuditLog.Change.of("task.rate", "help_task", t.id()).about(r.id(), r.town())
                    .states(AuditLog.state("rating", null), AuditLog.state("rating", req.rating())));
            return stored(200, view(c, reread(c, t.id()), TaskViews.Reader.PERSON, lang));
        });
    }

    /** The person (or their carer) complains about a volunteer's help; the town's staff are told (201). */
    public Idempotency.Stored complain(Principal p, long residentId, long taskId, FileComplaint req, Idempotency.Request idem,
                                       Lang lang) {
        Validators.start().text("body", req.body(), 2, COMPLAINT_MAX).throwIfInvalid();
        long now = clock.millis();
        String body = req.body().strip();
        return idempotency.run(idem, now, c -> {
            ResidentRow r = access.actAsPerson(c, p, residentId);
            TaskRepository.TaskRow t = ofResident(c, residentId, taskId);
            if (!t.status().taken()) {
                throw wrongStatus(t, lang);
            }
            long id = tasks.insertComplaint(c, t, body, p.accountId(), now);
            inbox.notifyStaff(c, t.town(), t.residentId(), MessageKind.COMPLAINT, "complaint.received",
                    List.of("@helpKind." + t.kind(), t.volunteerName(), preview(body)), id, now);
            audit.onBehalf(c, now, p, AuditLog.Change.of("complaint.file", "task_complaint", id).about(r.id(), r.town())
                    .states(null, AuditLog.state("task", t.id(), "volunteer", t.volunteerId(), "status", ComplaintStatus.OPEN)));
            TaskRepository.ComplaintRow k = tasks.complaint(c, id).orElseThrow();
            return stored(201, TaskViews.complaint(k, lang));
        });
    }

    private static String preview(String s) {
        return s.codePointCount(0, s.length()) <= 60 ? s : s.substring(0, s.offsetByCodePoints(0, 60)) + "…";
    }

    // ---- complaints, for staff ----

    public Page<ComplaintDto> complaints(Principal p, ComplaintStatus status, Town town, int page, int size, Lang lang) {
        Access.requireStaff(p);
        if (!p.isDistrictStaff() && town != null && town != p.town()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Town scope = p.isDistrictStaff() ? town : p.town();
        String s = status == null ? ComplaintStatus.OPEN.name() : status.name();
        return db.read(c -> new Page<>(tasks.complaints(c, s, scope, null, size, (page - 1) * size).stream()
                .map(k -> TaskViews.complaint(k, lang)).toList(), page, size, tasks.countComplaints(c, s, scope, null)));
    }

    /** Staff close a complaint saying what was done (for instance, that the volunteer was suspended). */
    public Idempotency.Stored closeComplaint(Principal p, long complaintId, NoteRequest req, Idempotency.Request idem,
                                             Lang lang) {
        Access.requireStaff(p);
        Validators.start().text("note", req.note(), 2, NOTE_MAX).throwIfInvalid();
        long now = clock.millis();
        String outcome = req.note().strip();
        return idempotency.run(idem, now, c -> {
            TaskRepository.ComplaintRow k = tasks.complaint(c, complaintId).orElseThrow(NotFoundException::new);
            Access.requireStaffOf(p, k.town());
            if (!tasks.closeComplaint(c, k.id(), p.accountId(), outcome, now)) {
                throw new ConflictException("problem.complaintClosed.detail");
            }
            audit.record(c, now, p, AuditLog.Change.of("complaint.close", "task_complaint", k.id()).about(k.residentId(), k.town())
                    .states(AuditLog.state("status", ComplaintStatus.OPEN),
                            AuditLog.state("status", ComplaintStatus.CLOSED, "outcome", outcome)));
            return stored(200, TaskViews.complaint(tasks.complaint(c, k.id()).orElseThrow(), lang));
        });
    }
}
