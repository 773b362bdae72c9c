package cn.huzhong.care.server.volunteers;

import cn.huzhong.care.core.api.ComplaintDto;
import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.api.NoteRequest;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.RegisterVolunteer;
import cn.huzhong.care.core.api.VolunteerDetail;
import cn.huzhong.care.core.api.VolunteerDto;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.CoreMessages;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.server.audit.AuditLog;
import cn.huzhong.care.server.auth.AccountRepository;
import cn.huzhong.care.server.auth.AddressLimiter;
import cn.huzhong.care.server.auth.PasswordHasher;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.db.DataAccessException;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.errors.ConflictException;
import cn.huzhong.care.server.errors.NotAllowedException;
import cn.huzhong.care.server.errors.NotFoundException;
import cn.huzhong.care.server.errors.TooManyAttemptsException;
import cn.huzhong.care.server.idempotency.Idempotency;
import cn.huzhong.care.server.residents.Access;
import cn.huzhong.care.server.tasks.TaskRepository;
import cn.huzhong.care.server.tasks.TaskViews;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Volunteers (F10): self-registration (name, phone, password, towns served, kinds of help) → PENDING until staff
 * of one of those towns (or the district) verify them → ACTIVE. Suspension and reinstatement are account actions
 * ({@code AccountService}); a suspended volunteer's unfinished tasks reopen. Total hours come from completed tasks.
 */
public final class VolunteerService {
    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 40;
    public static final int NOTE_MAX = 500;

    private final Database db;
    private final AccountRepository accounts;
    private final VolunteerRepository volunteers;
    private final TaskRepository tasks;
    private final PasswordHasher hasher;
    private final AddressLimiter publicLimiter;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Clock clock;

    public VolunteerService(Database db, AccountRepository accounts, VolunteerRepository volunteers, TaskRepository tasks,
                            PasswordHasher hasher, AddressLimiter publicLimiter, AuditLog audit, Idempotency idempotency,
                            Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.volunteers = volunteers;
        this.tasks = tasks;
        this.hasher = hasher;
        this.publicLimiter = publicLimiter;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    public static VolunteerDto dto(VolunteerRepository.VolunteerRow v, Lang lang) {
        return new VolunteerDto(v.accountId(), v.name(), Validators.maskPhone(v.phone()), v.status(),
                CoreMessages.get(lang, "accountStatus." + v.status()), v.statusReason(), v.towns(),
                v.towns().stream().map(t -> t.displayName(lang)).toList(), v.kinds(),
                v.kinds().stream().map(k -> CoreMessages.get(lang, "helpKind." + k)).toList(), Dates.time(v.registeredAt()),
                v.verifiedAt() == null ? null : Dates.time(v.verifiedAt()), v.minutesCompleted() / 60.0, v.tasksCompleted());
    }

    /** What registering answered: 201 for a new registration, 200 when it repeats one already made (a retry). */
    public record Registered(int status, VolunteerDto volunteer) {
    }

    /**
     * Registers a volunteer, PENDING until verified. A repeat with the same phone number and password (a retry whose
     * answer was lost) gives back the registration already made; another password for a known number is a 409.
     * Attempts are throttled per client address (each costs a password hash).
     */
    public Registered register(RegisterVolunteer req, String clientAddress, Lang lang) {
        String phone = Validators.normalizePhone(req.phone());
        Validators v = Validators.start().text("name", req.name(), NAME_MIN, NAME_MAX).mobile("phone", phone)
                .newPassword("password", req.password()).required("towns", req.towns()).required("kinds", req.kinds());
        if (req.towns() != null && req.towns().contains(null)) {
            v.add("towns", "oneOf");
        }
        if (req.kinds() != null && req.kinds().contains(null)) {
            v.add("kinds", "oneOf");
        }
        v.throwIfInvalid();
        long wait = publicLimiter.tryAcquire(clientAddress);
        if (wait > 0) {
            throw new TooManyAttemptsException(wait);
        }
        List<Town> towns = List.copyOf(new LinkedHashSet<>(req.towns())).stream().sorted().toList();
        List<HelpKind> kinds = List.copyOf(new LinkedHashSet<>(req.kinds())).stream().sorted().toList();
        Optional<AccountRepository.AccountRow> existing = db.read(c -> accounts.byPhone(c, phone));
        if (existing.isPresent()) {
            return repeat(existing.get(), req.password(), lang);
        }
        String hash = hasher.hash(req.password());
        long now = clock.millis();
        try {
            return db.tx(c -> {
                long id = accounts.insert(c, phone, hash, Role.VOLUNTEER, req.name().strip(), AccountStatus.PENDING,
                        towns.get(0), null, null, now);
                volunteers.insertProfile(c, id, towns, kinds, now);
                return new Registered(201, dto(volunteers.byId(c, id).orElseThrow(), lang));
            });
        } catch (DataAccessException e) {
            if (DataAccessException.isUniqueViolation(e.sqlException())) {
                // registered at the same moment by a concurrent request
                return repeat(db.read(c -> accounts.byPhone(c, phone)).orElseThrow(), req.password(), lang);
            }
            throw e;
        }
    }

    private Registered repeat(AccountRepository.AccountRow existing, String password, Lang lang) {
        Principal p = existing.principal();
        if (p.role() == Role.VOLUNTEER && p.status() == AccountStatus.PENDING && hasher.verify(existing.passwordHash(), password)) {
            return new Registered(200, db.read(c -> dto(volunteers.byId(c, p.accountId()).orElseThrow(), lang)));
        }
        throw new ConflictException("problem.phoneRegistered.detail");
    }

    /** The signed-in volunteer's own profile, hours included (also while PENDING). */
    public VolunteerDto me(Principal p, Lang lang) {
        if (p.role() != Role.VOLUNTEER) {
            throw new NotAllowedException("problem.volunteersOnly.detail");
        }
        return db.read(c -> dto(volunteers.byId(c, p.accountId()).orElseThrow(NotFoundException::new), lang));
    }

    /** Staff list of volunteers who serve their town (district: all, or one town), by status (PENDING = to verify). */
    public Page<VolunteerDto> list(Principal p, AccountStatus status, Town town, int page, int size, Lang lang) {
        Access.requireStaff(p);
        if (!p.isDistrictStaff() && town != null && town != p.town()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Town scope = p.isDistrictStaff() ? town : p.town();
        return db.read(c -> new Page<>(volunteers.list(c, status, scope, size, (page - 1) * size).stream()
                .map(v -> dto(v, lang)).toList(), page, size, volunteers.count(c, status, scope)));
    }

    private VolunteerRepository.VolunteerRow staffView(Connection c, Principal p, long volunteerId) throws SQLException {
        Access.requireStaff(p);
        VolunteerRepository.VolunteerRow v = volunteers.byId(c, volunteerId).orElseThrow(NotFoundException::new);
        if (!p.isDistrictStaff() && !v.serves(p.town())) {
            throw new NotFoundException();
        }
        return v;
    }

    /** A volunteer for staff: phone in full, ratings, complaints. */
    public VolunteerDetail detail(Principal p, long volunteerId, Lang lang) {
        return db.read(c -> {
            VolunteerRepository.VolunteerRow v = staffView(c, p, volunteerId);
            VolunteerRepository.Ratings ratings = volunteers.ratings(c, v.accountId());
            List<ComplaintDto> complaints = tasks.complaints(c, null, null, v.accountId(), 50, 0).stream()
                    .map(k -> TaskViews.complaint(k, lang)).toList();
            return new VolunteerDetail(dto(v, lang), v.phone(), ratings.average(), ratings.count(), complaints);
        });
    }

    /** Staff of a town the volunteer serves (or the district) verify a PENDING volunteer: ACTIVE. */
    public Idempotency.Stored verify(Principal p, long volunteerId, NoteRequest req, Idempotency.Request idem, Lang lang) {
        Validators.start().maxLength("note", req.note(), NOTE_MAX).throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            VolunteerRepository.VolunteerRow v = staffView(c, p, volunteerId);
            if (v.status() != AccountStatus.PENDING
                    || !accounts.setStatus(c, v.accountId(), AccountStatus.PENDING, AccountStatus.ACTIVE, null, p.accountId(), now)) {
                throw new ConflictException("problem.accountStatus.detail", CoreMessages.get(lang, "accountStatus." + v.status()));
            }
            volunteers.markVerified(c, v.accountId(), p.accountId(), now);
            String note = req.note() == null || req.note().isBlank() ? null : req.note().strip();
            audit.record(c, now, p, AuditLog.Change.of("volunteer.verify", "account", v.accountId())
                    .states(AuditLog.state("status", AccountStatus.PENDING),
                            AuditLog.state("status", AccountStatus.ACTIVE, "towns", v.towns(), "note", note)));
            return new Idempotency.Stored(200, Json.gson().toJson(dto(volunteers.byId(c, v.accountId()).orElseThrow(), lang)),
                    false);
        });
    }
}
