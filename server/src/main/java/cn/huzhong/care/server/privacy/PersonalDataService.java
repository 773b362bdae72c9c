package cn.huzhong.care.server.privacy;

import cn.huzhong.care.core.api.AccountSummary;
import cn.huzhong.care.core.api.AnswerDataCase;
import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.CarerLinkDto;
import cn.huzhong.care.core.api.CodeName;
import cn.huzhong.care.core.api.ContactDto;
import cn.huzhong.care.core.api.DataCaseDto;
import cn.huzhong.care.core.api.FileDataCase;
import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.PersonalDataDto;
import cn.huzhong.care.core.cert.CertificateNumber;
import cn.huzhong.care.core.domain.DataCaseKind;
import cn.huzhong.care.core.domain.DataCaseStatus;
import cn.huzhong.care.core.domain.MessageKind;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.CoreMessages;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.core.validation.ValidationException;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.core.validation.Violation;
import cn.huzhong.care.server.accounts.AccountService;
import cn.huzhong.care.server.audit.AuditLog;
import cn.huzhong.care.server.auth.AccountRepository;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.bookings.BookingService;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.errors.ConflictException;
import cn.huzhong.care.server.errors.NotFoundException;
import cn.huzhong.care.server.idempotency.Idempotency;
import cn.huzhong.care.server.messages.Inbox;
import cn.huzhong.care.server.messages.MessageRepository;
import cn.huzhong.care.server.requests.RequestRepository;
import cn.huzhong.care.server.requests.RequestService;
import cn.huzhong.care.server.residents.Access;
import cn.huzhong.care.server.residents.ResidentRepository;
import cn.huzhong.care.server.residents.ResidentRow;
import cn.huzhong.care.server.subsidies.SubsidyService;
import cn.huzhong.care.server.tasks.TaskRepository;
import cn.huzhong.care.server.tasks.TaskService;
import cn.huzhong.care.server.texthotline.TextHotlineRepository;
import cn.huzhong.care.server.texthotline.TextHotlineService;
import com.google.gson.reflect.TypeToken;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person's rights over their data (个人信息保护法): they (or their carer) see everything the service holds about
 * them, and ask for a correction or a deletion; staff of their town answer. What the law requires the service to
 * keep — subsidy applications and payments (public funds), the certificate register, the record of services given,
 * the audit trail — is kept, and every answer to a deletion says so. A granted deletion removes the text-hotline
 * conversations, the inbox messages and the written comments of ratings.
 */
public final class PersonalDataService {
    public static final int DETAILS_MIN = 5;
    public static final int DETAILS_MAX = 2000;
    /** What a deletion keeps, and why (core bundle {@code personalData.kept.*}). */
    public static final List<String> KEPT = List.of("SUBSIDIES", "CERTIFICATE", "SERVICES", "AUDIT");
    private static final int REPORT_ROWS = 100;

    private final Database db;
    private final PersonalDataRepository cases;
    private final ResidentRepository residents;
    private final AccountRepository accounts;
    private final TextHotlineRepository threads;
    private final MessageRepository messages;
    private final RequestRepository requests;
    private final TaskRepository tasks;
    private final SubsidyService subsidyService;
    private final RequestService requestService;
    private final BookingService bookingService;
    private final TextHotlineService hotlineService;
    private final TaskService taskService;
    private final Access access;
    private final AuditLog audit;
    private final Inbox inbox;
    private final Idempotency idempotency;
    private final Clock clock;

    public PersonalDataService(Database db, PersonalDataRepository cases, ResidentRepository residents,
                               AccountRepository accounts, TextHotlineRepository threads, MessageRepository messages,
                               RequestRepository requests, TaskRepository tasks, SubsidyService subsidyService,
                               RequestService requestService, BookingService bookingService,
                               TextHotlineService hotlineService, TaskService taskService, Access access, AuditLog audit,
                               Inbox inbox, Idempotency idempotency, Clock clock) {
        this.db = db;
        this.cases = cases;
        this.residents = residents;
        this.accounts = accounts;
        this.threads = threads;
        this.messages = messages;
        this.requests = requests;
        this.tasks = tasks;
        this.subsidyService = subsidyService;
        this.requestService = requestService;
        this.bookingService = bookingService;
        this.hotlineService = hotlineService;
        this.taskService = taskService;
        this.access = access;
        this.audit = audit;
        this.inbox = inbox;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    private static List<String> kept(Lang lang) {
        return KEPT.stream().map(k -> CoreMessages.get(lang, "personalData.kept." + k)).toList();
    }

    /** Everything held about the resident, for the person, their carer or staff of their town. */
    public PersonalDataDto report(Principal p, long residentId, Lang lang) {
        record Held(ResidentRow r, AccountSummary account, List<CarerLinkDto> carers,
                    List<DataCaseDto> cases, long audits) {
        }
        Held held = db.read(c -> {
            ResidentRow r = access.see(c, p, residentId);
            AccountSummary account = accounts.byResident(c, r.id()).map(a -> AccountService.summary(a, lang)).orElse(null);
            List<CarerLinkDto> carers = residents.links(c, r.id()).stream().map(l -> AccountService.link(l, lang)).toList();
            List<DataCaseDto> cs = new ArrayList<>();
            for (PersonalDataRepository.CaseRow k : cases.byResident(c, r.id())) {
                cs.add(dto(k, lang));
            }
            return new Held(r, account, carers, cs, cases.auditEntries(c, r.id()));
        });
        ResidentRow r = held.r();
        List<BookingDto> bookings = new ArrayList<>(bookingService.list(p, residentId, false, 1, REPORT_ROWS, lang).items());
        bookings.addAll(bookingService.list(p, residentId, true, 1, REPORT_ROWS, lang).items());
        ContactDto contact = r.contactName() == null ? null : new ContactDto(r.contactName(), r.contactPhone(),
                r.contactOffice() != null ? r.contactOffice() : CoreMessages.get(lang, "contact.office", r.town().displayName(lang)));
        return new PersonalDataDto(r.id(), r.name(), CertificateNumber.mask(r.certificateNumber()),
                new CodeName(r.category().code(), r.category().displayName(lang)),
                new CodeName(r.level().code(), r.level().displayName(lang)), r.birthDate(), r.town().displayName(lang),
                r.phone(), r.address(), r.householdIncome().text().in(lang), contact, r.issuedOn(), r.expiresOn(),
                held.account(), held.carers(), subsidyService.list(p, residentId, 1, REPORT_ROWS, lang).items(),
                requestService.list(p, residentId, 1, REPORT_ROWS, lang).items(), bookings,
                hotlineService.list(p, residentId, 1, REPORT_ROWS, lang).items(),
                taskService.forResident(p, residentId, 1, REPORT_ROWS, lang).items(), held.cases(), held.audits(), kept(lang));
    }

    DataCaseDto dto(PersonalDataRepository.CaseRow k, Lang lang) {
        List<String> done = new ArrayList<>();
        if (k.doneItems() != null) {
            List<List<String>> items = Json.gson().fromJson(k.doneItems(), new TypeToken<List<List<String>>>() { }.getType());
            for (List<String> item : items) {
                if (item.get(0).equals("personalData.corrected")) {
                    String fields = String.join(lang == Lang.EN ? ", " : "、", java.util.Arrays.stream(item.get(1).split(","))
                            .map(f -> CoreMessages.get(lang, "personalData.field." + f)).toList());
                    done.add(CoreMessages.get(lang, item.get(0), fields));
                } else {
                    done.add(CoreMessages.get(lang, item.get(0), item.subList(1, item.size()).toArray()));
                }
            }
        }
        boolean deletion = k.kind() == DataCaseKind.DELETION;
        return new DataCaseDto(k.id(), k.residentId(), k.residentName(), k.town(), k.kind(),
                CoreMessages.get(lang, "dataCaseKind." + k.kind()), k.details(), k.status(),
                CoreMessages.get(lang, "dataCaseStatus." + k.status()), Dates.time(k.createdAt()),
                k.answeredAt() == null ? null : Dates.time(k.answeredAt()), k.answer(), done,
                deletion ? kept(lang) : List.of());
    }

    public List<DataCaseDto> cases(Principal p, long residentId, Lang lang) {
        return db.read(c -> {
            access.see(c, p, residentId);
            List<DataCaseDto> out = new ArrayList<>();
            for (PersonalDataRepository.CaseRow k : cases.byResident(c, residentId)) {
                out.add(dto(k, lang));
            }
            return out;
        });
    }

    /** The person (or their carer) asks for a correction or deletion (201); the town's staff are told. */
    public Idempotency.Stored file(Principal p, long residentId, FileDataCase req, Idempotency.Request idem, Lang lang) {
        Validators.start().required("kind", req.kind()).text("details", req.details(), DETAILS_MIN, DETAILS_MAX).throwIfInvalid();
        long now = clock.millis();
        String details = req.details().strip();
        return idempotency.run(idem, now, c -> {
            ResidentRow r = access.actAsPerson(c, p, residentId);
            long id = cases.insert(c, r.id(), r.town(), req.kind(), details, p.accountId(), now);
            inbox.notifyStaff(c, r.town(), r.id(), MessageKind.PERSONAL_DATA, "personalData.received",
                    List.of("@dataCaseKind." + req.kind(), r.name()), id, now);
            audit.onBehalf(c, now, p, AuditLog.Change.of("personalData.file", "personal_data_case", id).about(r.id(), r.town())
                    .states(null, AuditLog.state("kind", req.kind(), "status", DataCaseStatus.OPEN)));
            return new Idempotency.Stored(201, Json.gson().toJson(dto(cases.byId(c, id).orElseThrow(), lang)), false);
        });
    }

    /** Staff queue of cases (open ones by default) in their town; district staff all towns or one. */
    public Page<DataCaseDto> queue(Principal p, DataCaseStatus status, Town town, int page, int size, Lang lang) {
        Access.requireStaff(p);
        if (!p.isDistrictStaff() && town != null && town != p.town()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Town scope = p.isDistrictStaff() ? town : p.town();
        DataCaseStatus s = status == null ? DataCaseStatus.OPEN : status;
        return db.read(c -> {
            List<DataCaseDto> items = new ArrayList<>();
            for (PersonalDataRepository.CaseRow k : cases.queue(c, s, scope, size, (page - 1) * size)) {
                items.add(dto(k, lang));
            }
            return new Page<>(items, page, size, cases.count(c, s, scope));
        });
    }

    /**
     * Staff answer a case. A correction carries the new values and changes the record (audited before → after, phone
     * numbers masked); a granted deletion removes what may be removed; the answer lists what was done and, for a
     * deletion, what is kept and why. The person is told.
     */
    public Idempotency.Stored answer(Principal p, long caseId, AnswerDataCase req, Idempotency.Request idem, Lang lang) {
        Access.requireStaff(p);
        Validators v = Validators.start().required("outcome", req.outcome()).text("answer", req.answer(), 2, DETAILS_MAX);
        if (req.outcome() == DataCaseStatus.OPEN) {
            v.add("outcome", "oneOf");
        }
        AnswerDataCase.Corrections fix = req.corrections();
        if (fix != null) {
            if (fix.name() != null) {
                v.text("corrections.name", fix.name(), 2, 60);
            }
            if (fix.phone() != null) {
                v.mobile("corrections.phone", fix.phone());
            }
            if (fix.address() != null) {
                v.text("corrections.address", fix.address(), 2, 200);
            }
        }
        v.throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            PersonalDataRepository.CaseRow k = cases.byId(c, caseId).orElseThrow(NotFoundException::new);
            Access.requireStaffOf(p, k.town());
            if (k.status().answered()) {
                throw new ConflictException("problem.caseAnswered.detail");
            }
            ResidentRow r = residents.byId(c, k.residentId()).orElseThrow();
            List<List<String>> done = new ArrayList<>();
            String before = null;
            String after = null;
            if (req.outcome() != DataCaseStatus.REFUSED) {
                if (k.kind() == DataCaseKind.CORRECTION) {
                    List<String> fields = correct(c, r, fix);
                    done.add(List.of("personalData.corrected", String.join(",", fields)));
                    ResidentRow now0 = residents.byId(c, r.id()).orElseThrow();
                    before = AuditLog.state("name", r.name(), "phone", Validators.maskPhone(r.phone()), "address", r.address());
                    after = AuditLog.state("name", now0.name(), "phone", Validators.maskPhone(now0.phone()), "address",
                            now0.address());
                } else {
                    done.add(List.of("personalData.deleted.HOTLINE", String.valueOf(threads.deleteByResident(c, r.id()))));
                    done.add(List.of("personalData.deleted.INBOX", String.valueOf(messages.deleteByResident(c, r.id()))));
                    int comments = requests.clearComments(c, r.id()) + tasks.clearComments(c, r.id());
                    done.add(List.of("personalData.deleted.COMMENTS", String.valueOf(comments)));
                }
            }
            String doneJson = done.isEmpty() ? null : Json.gson().toJson(done);
            if (!cases.answer(c, k.id(), req.outcome(), req.answer().strip(), doneJson, p.accountId(), now)) {
                throw new ConflictException("problem.caseAnswered.detail");
            }
            inbox.notify(c, r.id(), MessageKind.PERSONAL_DATA, "personalData.answered",
                    List.of("@dataCaseKind." + k.kind(), "@dataCaseStatus." + req.outcome()), k.id(), null, now);
            audit.record(c, now, p, AuditLog.Change.of("personalData.answer", "personal_data_case", k.id())
                    .about(r.id(), r.town()).states(
                            before != null ? before : AuditLog.state("status", k.status()),
                            after != null ? after : AuditLog.state("status", req.outcome(), "done", done)));
            return new Idempotency.Stored(200, Json.gson().toJson(dto(cases.byId(c, k.id()).orElseThrow(), lang)), false);
        });
    }

    /** Applies a correction; returns the names of the fields changed. 422 when there is nothing to correct. */
    private List<String> correct(Connection c, ResidentRow r, AnswerDataCase.Corrections fix) throws SQLException {
        if (fix == null || (fix.name() == null && fix.phone() == null && fix.address() == null)) {
            throw new ValidationException(new Violation("corrections", "nothingToCorrect"));
        }
        List<String> fields = new ArrayList<>();
        String name = fix.name() == null ? null : fix.name().strip();
        String phone = fix.phone() == null ? null : Validators.normalizePhone(fix.phone());
        String address = fix.address() == null ? null : fix.address().strip();
        residents.correct(c, r.id(), name, phone, address);
        if (name != null) {
            fields.add("name");
            Optional<AccountRepository.AccountRecord> account = accounts.byResident(c, r.id());
            if (account.isPresent()) {
                accounts.setDisplayName(c, account.get().id(), name);
            }
        }
        if (phone != null) {
            fields.add("phone");
        }
        if (address != null) {
            fields.add("address");
        }
        return fields;
    }
}
