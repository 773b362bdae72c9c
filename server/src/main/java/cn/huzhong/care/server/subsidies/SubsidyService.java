package cn.huzhong.care.server.subsidies;

import cn.huzhong.care.core.api.ApplyRequest;
import cn.huzhong.care.core.api.BenefitFinderResponse;
import cn.huzhong.care.core.api.BenefitMatchDto;
import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.api.NoteRequest;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.PaymentRequest;
import cn.huzhong.care.core.api.ReasonRequest;
import cn.huzhong.care.core.api.StaffSubsidyRow;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.cert.CertificateNumber;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.MessageKind;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.policy.Benefit;
import cn.huzhong.care.core.policy.BenefitFinder;
import cn.huzhong.care.core.policy.PersonRecord;
import cn.huzhong.care.core.policy.PolicyTable;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.core.validation.ValidationException;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.core.validation.Violation;
import cn.huzhong.care.server.audit.AuditLog;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.errors.NotFoundException;
import cn.huzhong.care.server.errors.ConflictException;
import cn.huzhong.care.server.errors.NotAllowedException;
import cn.huzhong.care.server.idempotency.Idempotency;
import cn.huzhong.care.server.messages.Inbox;
import cn.huzhong.care.server.residents.Access;
import cn.huzhong.care.server.residents.ResidentRepository;
import cn.huzhong.care.server.residents.ResidentRow;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * Subsidies (F3, F4): a person's applications with their timeline and payments, the benefit finder, applying,
 * and the staff actions (advance, reject, suspend, record a payment). Town staff act on their own town's
 * residents and on the town steps only; the district federation acts on every step.
 */
public final class SubsidyService {
    public static final int NOTE_MAX = 500;
    public static final long MAX_PAYMENT_FEN = 100_000_000L;

    private final Database db;
    private final SubsidyRepository subsidies;
    private final ResidentRepository residents;
    private final Access access;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final PolicyTable policy;
    private final BenefitFinder finder;
    private final SubsidyViews views;
    private final Clock clock;
    private final Inbox inbox;

    public SubsidyService(Database db, SubsidyRepository subsidies, ResidentRepository residents, Access access,
                          AuditLog audit, Idempotency idempotency, PolicyTable policy, BenefitFinder finder, Inbox inbox,
                          Clock clock) {
        this.db = db;
        this.subsidies = subsidies;
        this.residents = residents;
        this.access = access;
        this.audit = audit;
        this.idempotency = idempotency;
        this.policy = policy;
        this.finder = finder;
        this.views = new SubsidyViews(policy);
        this.clock = clock;
        this.inbox = inbox;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.ZONE));
    }

    public Page<SubsidySummary> list(Principal p, long residentId, int page, int size, Lang lang) {
        LocalDate today = today();
        return db.read(c -> {
            access.see(c, p, residentId);
            List<ApplicationRow> rows = subsidies.byResident(c, residentId, size, (page - 1) * size);
            long total = rows.size() < size && page == 1 ? rows.size() : subsidies.countByResident(c, residentId);
            java.util.Map<Long, SubsidyRepository.PaymentRow> latest = subsidies.latestPayments(c, rows.stream()
                    .filter(a -> a.step() == ApplicationStep.PAYING).map(ApplicationRow::id).toList());
            List<SubsidySummary> items = new java.util.ArrayList<>();
            for (ApplicationRow a : rows) {
                // the summary needs only the latest payment (when the next one is due)
                SubsidyRepository.PaymentRow last = latest.get(a.id());
                items.add(views.summary(a, last == null ? List.of() : List.of(last), today, lang));
            }
            return new Page<>(items, page, size, total);
        });
    }

    public SubsidyDetail detail(Principal p, long residentId, long subsidyId, Lang lang) {
        return db.read(c -> {
            access.see(c, p, residentId);
            ApplicationRow a = subsidies.byId(c, subsidyId).filter(x -> x.residentId() == residentId)
                    .orElseThrow(NotFoundException::new);
            return detail(c, a, lang);
        });
    }

    private SubsidyDetail detail(Connection c, ApplicationRow a, Lang lang) throws SQLException {
        return views.detail(a, subsidies.events(c, a.id()), subsidies.payments(c, a.id()), today(), lang);
    }

    private PersonRecord record(Connection c, ResidentRow r) throws SQLException {
        return new PersonRecord(new CertificateNumber(r.certificateNumber()), r.householdIncome(),
                Math.max(1, residents.disabledInHousehold(c, r.householdId())), r.outOfAreaTrainingMonths());
    }

    public BenefitFinderResponse findBenefits(Principal p, long residentId, Lang lang) {
        LocalDate today = today();
        return db.read(c -> {
            ResidentRow r = access.see(c, p, residentId);
            Set<BenefitKind> excluded = subsidies.activeKinds(c, r.id(), r.householdId());
            List<BenefitMatchDto> matches = finder.find(record(c, r), excluded, today).stream()
                    .map(m -> new BenefitMatchDto(m.benefit().kind(), m.benefit().name().in(lang),
                            m.benefit().description().in(lang), m.reason().in(lang), m.benefit().amountFen(),
                            m.benefit().period(), SubsidyViews.amountText(m.benefit().amountFen(), m.benefit().period(), lang),
                            m.benefit().demoAmount()))
                    .toList();
            return new BenefitFinderResponse(r.id(), today, matches, policy.version());
        });
    }

    /** Files an application: 201 with its detail; 409 when the benefit is already applied for or paid. */
    public Idempotency.Stored apply(Principal p, long residentId, ApplyRequest req, Idempotency.Request idem, Lang lang) {
        Validators.start().required("kind", req.kind()).maxLength("note", req.note(), NOTE_MAX).throwIfInvalid();
        long now = clock.millis();
        LocalDate today = today();
        return idempotency.run(idem, now, c -> {
            ResidentRow r = access.actForPerson(c, p, residentId);
            Benefit benefit = policy.benefit(req.kind(), today)
                    .orElseThrow(() -> new ConflictException("problem.benefitNotInForce.detail"));
            String note = req.note() == null || req.note().isBlank() ? null : req.note().strip();
            long id = subsidies.insert(c, r.id(), r.householdId(), r.town(), req.kind(), ApplicationStep.SUBMITTED,
                            benefit.amountFen(), benefit.period(), now, now, note, p.accountId(), null, null)
                    .orElseThrow(() -> new ConflictException("problem.alreadyApplied.detail"));
            subsidies.insertEvent(c, id, ApplicationStep.SUBMITTED, now, p.accountId(), Access.actorKind(p), note);
            audit.onBehalf(c, now, p, AuditLog.Change.of("subsidy.apply", "application", id).about(r.id(), r.town())
                    .states(null, AuditLog.state("kind", req.kind(), "step", ApplicationStep.SUBMITTED)));
            inbox.notify(c, r.id(), MessageKind.SUBSIDY_STATUS, "subsidy.received", List.of("@benefitKind." + req.kind()),
                    id, null, now);
            ApplicationRow a = subsidies.byId(c, id).orElseThrow();
            return new Idempotency.Stored(201, Json.gson().toJson(detail(c, a, lang)), false);
        });
    }

    // ---- staff ----

    public Page<StaffSubsidyRow> queue(Principal p, ApplicationStep step, Town town, int page, int size, Lang lang) {
        Access.requireStaff(p);
        Town scope = p.isDistrictStaff() ? town : p.town();
        if (!p.isDistrictStaff() && town != null && town != p.town()) {
            return new Page<>(List.of(), page, size, 0);
        }
        List<ApplicationStep> steps = step != null ? List.of(step)
                : ApplicationStep.PATH.stream().filter(ApplicationStep::inReview)
                        .filter(s -> p.isDistrictStaff() || s.townStep()).toList();
        return db.read(c -> {
            List<StaffSubsidyRow> items = subsidies.queue(c, scope, steps, size, (page - 1) * size).stream()
                    .map(q -> new StaffSubsidyRow(q.application().id(), q.application().residentId(), q.residentName(),
                            CertificateNumber.mask(q.certificateNumber()), q.application().town(), q.application().kind(),
                            views.name(q.application().kind(), today(), lang), q.application().step(),
                            SubsidyViews.time(q.application().stepSince()), SubsidyViews.expectedBy(q.application())))
                    .toList();
            return new Page<>(items, page, size, subsidies.queueCount(c, scope, steps));
        });
    }

    /** The application, if {@code p} is staff covering its town; 404 otherwise. */
    private ApplicationRow staffApplication(Connection c, Principal p, long subsidyId) throws SQLException {
        Access.requireStaff(p);
        ApplicationRow a = subsidies.byId(c, subsidyId).orElseThrow(NotFoundException::new);
        Access.requireStaffOf(p, a.town());
        return a;
    }

    private static void requireStepAuthority(Principal p, ApplicationRow a) {
        if (!p.isDistrictStaff() && !a.step().townStep()) {
            throw new NotAllowedException("problem.forbiddenStep.detail");
        }
    }

    private ConflictException stepNotAllowed(ApplicationRow a, Lang lang) {
        return new ConflictException("problem.stepNotAllowed.detail", SubsidyViews.title(a.step(), lang));
    }

    public Idempotency.Stored advance(Principal p, long subsidyId, NoteRequest req, Idempotency.Request idem, Lang lang) {
        Validators.start().maxLength("note", req.note(), NOTE_MAX).throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            ApplicationRow a = staffApplication(c, p, subsidyId);
            ApplicationStep to = a.step().next().filter(x -> a.step().inReview()).orElseThrow(() -> stepNotAllowed(a, lang));
            requireStepAuthority(p, a);
            LocalDate nextReview = to == ApplicationStep.PAYING ? today().plusYears(1) : null;
            return move(c, p, a, to, now, null, nullIfBlank(req.note()), nextReview, "subsidy.advance", lang);
        });
    }

    public Idempotency.Stored reject(Principal p, long subsidyId, ReasonRequest req, Idempotency.Request idem, Lang lang) {
        Validators.start().text("reason", req.reason(), 2, NOTE_MAX).throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            ApplicationRow a = staffApplication(c, p, subsidyId);
            if (!a.step().inReview()) {
                throw stepNotAllowed(a, lang);
            }
            requireStepAuthority(p, a);
            return move(c, p, a, ApplicationStep.REJECTED, now, req.reason().strip(), req.reason().strip(), null,
                    "subsidy.reject", lang);
        });
    }

    public Idempotency.Stored suspend(Principal p, long subsidyId, ReasonRequest req, Idempotency.Request idem, Lang lang) {
        Validators.start().text("reason", req.reason(), 2, NOTE_MAX).throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            ApplicationRow a = staffApplication(c, p, subsidyId);
            if (a.step() != ApplicationStep.PAYING) {
                throw stepNotAllowed(a, lang);
            }
            return move(c, p, a, ApplicationStep.SUSPENDED, now, req.reason().strip(), req.reason().strip(), null,
                    "subsidy.suspend", lang);
        });
    }

    private Idempotency.Stored move(Connection c, Principal p, ApplicationRow a, ApplicationStep to, long now,
                                    String reason, String note, LocalDate nextReview, String action, Lang lang)
            throws SQLException {
        if (!subsidies.moveStep(c, a.id(), a.step(), to, now, reason, nextReview)) {
            // someone else moved it since we read it
            throw stepNotAllowed(subsidies.byId(c, a.id()).orElse(a), lang);
        }
        subsidies.insertEvent(c, a.id(), to, now, p.accountId(), Access.actorKind(p), note);
        inbox.notify(c, a.residentId(), MessageKind.SUBSIDY_STATUS, "subsidy.status",
                List.of("@benefitKind." + a.kind(), "@step." + to + ".title"), a.id(), null, now);
        audit.record(c, now, p, AuditLog.Change.of(action, "application", a.id()).about(a.residentId(), a.town())
                .states(AuditLog.state("step", a.step()), AuditLog.state("step", to, "reason", reason)));
        ApplicationRow updated = subsidies.byId(c, a.id()).orElseThrow();
        return new Idempotency.Stored(200, Json.gson().toJson(detail(c, updated, lang)), false);
    }

    public Idempotency.Stored recordPayment(Principal p, long subsidyId, PaymentRequest req, Idempotency.Request idem,
                                            Lang lang) {
        Validators v = Validators.start();
        YearMonth period = v.month("period", req.period());
        if (req.amountFen() != null) {
            v.range("amountFen", req.amountFen(), 1, MAX_PAYMENT_FEN);
        }
        LocalDate today = today();
        LocalDate paidOn = req.paidOn() == null ? today : req.paidOn();
        if (period != null && period.isAfter(YearMonth.from(today))) {
            v.add("period", "paymentPeriodFuture");
        } else if (paidOn.isAfter(today) || (period != null && paidOn.isBefore(period.atDay(1)))) {
            v.add("paidOn", "paidOnRange");
        }
        v.throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            ApplicationRow a = staffApplication(c, p, subsidyId);
            if (a.step() != ApplicationStep.PAYING) {
                throw stepNotAllowed(a, lang);
            }
            YearMonth first = YearMonth.from(SubsidyViews.date(a.submittedAt()));
            if (period.isBefore(first) || period.isAfter(YearMonth.from(today))) {
                throw new ValidationException(List.of(new Violation("period", "paymentPeriod", first.toString())));
            }
            long amount = req.amountFen() == null ? a.amountFen() : req.amountFen();
            if (!subsidies.insertPayment(c, a.id(), period, amount, paidOn, p.accountId(), now)) {
                throw new ConflictException("problem.paymentExists.detail", period.toString());
            }
            audit.record(c, now, p, AuditLog.Change.of("subsidy.payment", "application", a.id())
                    .about(a.residentId(), a.town())
                    .states(null, AuditLog.state("period", period.toString(), "amountFen", amount, "paidOn", paidOn.toString())));
            return new Idempotency.Stored(201, Json.gson().toJson(detail(c, a, lang)), false);
        });
    }

    private static String nullIfBlank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
