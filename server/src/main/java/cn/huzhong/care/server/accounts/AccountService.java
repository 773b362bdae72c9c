package cn.huzhong.care.server.accounts;

import cn.huzhong.care.core.api.AccountCreated;
import cn.huzhong.care.core.api.AccountSummary;
import cn.huzhong.care.core.api.CarerLinkDto;
import cn.huzhong.care.core.api.ChangePassword;
import cn.huzhong.care.core.api.CreateAccount;
import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.api.LinkCarer;
import cn.huzhong.care.core.api.NoteRequest;
import cn.huzhong.care.core.api.OneTimeCode;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.ReasonRequest;
import cn.huzhong.care.core.api.RedeemCode;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.StaffScope;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.CoreMessages;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.core.validation.ValidationException;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.core.validation.Violation;
import cn.huzhong.care.server.audit.AuditLog;
import cn.huzhong.care.server.auth.AccountRepository;
import cn.huzhong.care.server.auth.AddressLimiter;
import cn.huzhong.care.server.auth.PasswordHasher;
import cn.huzhong.care.server.auth.SignInThrottle;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.auth.Tokens;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.errors.AccountNotActiveException;
import cn.huzhong.care.server.errors.ConflictException;
import cn.huzhong.care.server.errors.NotAllowedException;
import cn.huzhong.care.server.errors.NotFoundException;
import cn.huzhong.care.server.errors.SignInFailedException;
import cn.huzhong.care.server.errors.TooManyAttemptsException;
import cn.huzhong.care.server.idempotency.Idempotency;
import cn.huzhong.care.server.residents.Access;
import cn.huzhong.care.server.residents.ResidentRepository;
import cn.huzhong.care.server.residents.ResidentRow;
import cn.huzhong.care.server.tasks.TaskService;
import cn.huzhong.care.server.volunteers.VolunteerRepository;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Accounts (F14): staff open residents' and carers' accounts and link a carer to a resident with the relationship;
 * everyone changes their own password (the current one required; core's rules for the new one); staff give a person
 * a one-time code to set a new password (in person or by phone); staff suspend an account with a reason (it cannot
 * sign in and its sessions end; a volunteer's unfinished tasks reopen) and reinstate it. Every staff action is in
 * the audit trail.
 */
public final class AccountService {
    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 40;
    public static final int REASON_MAX = 500;
    /** A code for a new account's first password lasts three days; a reset code one day. */
    public static final Duration FIRST_CODE_TTL = Duration.ofDays(3);
    public static final Duration RESET_CODE_TTL = Duration.ofDays(1);
    public static final int CODE_LENGTH = 8;
    public static final int CODE_TRIES = 5;
    /** No 0/O, 1/I/L: codes are read out over the phone. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final AccountRepository accounts;
    private final OneTimeCodeRepository codes;
    private final ResidentRepository residents;
    private final VolunteerRepository volunteers;
    private final TaskService tasks;
    private final PasswordHasher hasher;
    private final AddressLimiter publicLimiter;
    private final SignInThrottle throttle;
    private final Access access;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Clock clock;

    public AccountService(Database db, AccountRepository accounts, OneTimeCodeRepository codes, ResidentRepository residents,
                          VolunteerRepository volunteers, TaskService tasks, PasswordHasher hasher,
                          AddressLimiter publicLimiter, SignInThrottle throttle, Access access, AuditLog audit,
                          Idempotency idempotency, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.codes = codes;
        this.residents = residents;
        this.volunteers = volunteers;
        this.tasks = tasks;
        this.hasher = hasher;
        this.publicLimiter = publicLimiter;
        this.throttle = throttle;
        this.access = access;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    private static Idempotency.Stored stored(int status, Object body) {
        return new Idempotency.Stored(status, Json.gson().toJson(body), false);
    }

    public static AccountSummary summary(AccountRepository.AccountRecord a, Lang lang) {
        return new AccountSummary(a.id(), a.role(), a.displayName(), Validators.maskPhone(a.phone()), a.town(), a.status(),
                CoreMessages.get(lang, "accountStatus." + a.status()), a.statusReason(), a.residentId(),
                Dates.time(a.createdAt()));
    }

    static String newCode() {
        StringBuilder b = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }

    /** A password hash nobody knows the password of: a new account can be used only after its code is redeemed. */
    private String unusablePassword() {
        return hasher.hash(Tokens.newToken());
    }

    // ---- staff: who may manage which account ----

    /**
     * The account, if {@code p} is staff who may manage it: residents' accounts in their town, carers of their town
     * (or linked to one of its residents), volunteers who serve it; district staff all but district staff accounts;
     * town staff no staff accounts. 404 when the account is outside their town, 403 for staff accounts.
     */
    AccountRepository.AccountRecord managed(Connection c, Principal p, long accountId) throws SQLException {
        Access.requireStaff(p);
        AccountRepository.AccountRecord a = accounts.byId(c, accountId).orElseThrow(NotFoundException::new);
        if (a.role() == Role.STAFF) {
            if (!p.isDistrictStaff() || a.staffScope() == StaffScope.DISTRICT) {
                throw new NotAllowedException("problem.staffAccounts.detail");
            }
            return a;
        }
        if (p.isDistrictStaff()) {
            return a;
        }
        boolean covered = switch (a.role()) {
            case RESIDENT -> a.town() == p.town();
            case CARER -> a.town() == p.town() || residents.linkedTowns(c, a.id()).contains(p.town());
            case VOLUNTEER -> volunteers.towns(c, a.id()).contains(p.town());
            case STAFF -> false;
        };
        if (!covered) {
            throw new NotFoundException();
        }
        return a;
    }

    public Page<AccountSummary> list(Principal p, Role role, AccountStatus status, Town town, String name, int page, int size,
                                     Lang lang) {
        Access.requireStaff(p);
        if (name != null && !name.isBlank()) {
            Validators.start().text("name", name, 1, NAME_MAX).throwIfInvalid();
        }
        if (!p.isDistrictStaff() && town != null && town != p.town()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Town scope = p.isDistrictStaff() ? town : p.town();
        String prefix = name == null || name.isBlank() ? null : name.strip();
        return db.read(c -> new Page<>(accounts.list(c, role, status, scope, prefix, size, (page - 1) * size).stream()
                .filter(a -> a.role() != Role.STAFF || p.isDistrictStaff())
                .map(a -> summary(a, lang)).toList(), page, size, accounts.count(c, role, status, scope, prefix)));
    }

    public AccountSummary detail(Principal p, long accountId, Lang lang) {
        return db.read(c -> summary(managed(c, p, accountId), lang));
    }

    /** Opens a resident's or a carer's account (201) with a one-time code for the first password. */
    public Idempotency.Stored create(Principal p, CreateAccount req, Idempotency.Request idem, Lang lang) {
        Access.requireStaff(p);
        String phone = Validators.normalizePhone(req.phone());
        Validators v = Validators.start().required("role", req.role()).mobile("phone", phone);
        if (req.role() == Role.RESIDENT) {
            // the name comes from the resident's record; one given anyway is still checked (issue 9)
            v.required("residentId", req.residentId()).maxLength("name", req.name(), NAME_MAX);
        } else if (req.role() == Role.CARER) {
            v.text("name", req.name(), NAME_MIN, NAME_MAX).required("town", req.town());
            if (req.town() != null && !p.staffCovers(req.town())) {
                v.add("town", "townOfStaff");
            }
        } else if (req.role() != null) {
            v.add("role", "roleNotAllowed");
        }
        v.throwIfInvalid();
        String code = newCode();
        String codeHash = hasher.hash(code);
        String password = unusablePassword();
        long now = clock.millis();
        long expires = now + FIRST_CODE_TTL.toMillis();
        return idempotency.run(idem, now, c -> {
            String name;
            Town town;
            Long residentId = null;
            if (req.role() == Role.RESIDENT) {
                ResidentRow r = access.actAsStaff(c, p, req.residentId());
                if (accounts.byResident(c, r.id()).isPresent()) {
                    throw new ConflictException("problem.residentHasAccount.detail");
                }
                name = r.name();
                town = r.town();
                residentId = r.id();
            } else {
                name = req.name().strip();
                town = req.town();
            }
            if (accounts.phoneTaken(c, phone)) {
                throw new ConflictException("problem.phoneRegistered.detail");
            }
            long id = accounts.insert(c, phone, password, req.role(), name, AccountStatus.ACTIVE, town, null, residentId, now);
            codes.replace(c, id, codeHash, "FIRST_PASSWORD", p.accountId(), now, expires);
            AccountRepository.AccountRecord a = accounts.byId(c, id).orElseThrow();
            AuditLog.Change change = AuditLog.Change.of("account.create", "account", id).in(town)
                    .states(null, AuditLog.state("role", a.role(), "status", a.status(), "phone",
                            Validators.maskPhone(phone), "resident", residentId));
            audit.record(c, now, p, residentId == null ? change : change.about(residentId, town));
            return stored(201, new AccountCreated(summary(a, lang), new OneTimeCode(id, code, Dates.time(expires))));
        });
    }

    /** Staff give the person a new one-time code to set a password (201); an earlier code stops working. */
    public Idempotency.Stored issueResetCode(Principal p, long accountId, Idempotency.Request idem) {
        String code = newCode();
        String codeHash = hasher.hash(code);
        long now = clock.millis();
        long expires = now + RESET_CODE_TTL.toMillis();
        return idempotency.run(idem, now, c -> {
            AccountRepository.AccountRecord a = managed(c, p, accountId);
            boolean hadCode = codes.find(c, a.id()).isPresent();
            codes.replace(c, a.id(), codeHash, "RESET", p.accountId(), now, expires);
            audit.record(c, now, p, about(AuditLog.Change.of("account.resetCode", "account", a.id()), a)
                    .states(AuditLog.state("code", hadCode ? "replaced" : "none"),
                            AuditLog.state("code", "issued", "expiresAt", Dates.time(expires).toString())));
            return stored(201, new OneTimeCode(a.id(), code, Dates.time(expires)));
        });
    }

    private AuditLog.Change about(AuditLog.Change change, AccountRepository.AccountRecord a) {
        AuditLog.Change c = change.in(a.role() == Role.VOLUNTEER ? null : a.town());
        return a.residentId() != null ? c.about(a.residentId(), a.town()) : c;
    }

    /**
     * Suspends an account with a reason: it cannot sign in, its sessions end now, and a volunteer's unfinished tasks
     * reopen. {@code role}, when given, must be the account's (the volunteers' endpoint suspends only volunteers).
     */
    public Idempotency.Stored suspend(Principal p, long accountId, Role role, ReasonRequest req, Idempotency.Request idem,
                                      Lang lang) {
        Access.requireStaff(p);
        Validators.start().text("reason", req.reason(), 2, REASON_MAX).throwIfInvalid();
        String reason = req.reason().strip();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            AccountRepository.AccountRecord a = managed(c, p, accountId);
            if (role != null && a.role() != role) {
                throw new NotFoundException();
            }
            if (a.id() == p.accountId()) {
                throw new NotAllowedException("problem.staffAccounts.detail");
            }
            if (a.status() == AccountStatus.SUSPENDED || !accounts.setStatus(c, a.id(), a.status(), AccountStatus.SUSPENDED,
                    reason, p.accountId(), now)) {
                throw new ConflictException("problem.accountStatus.detail",
                        CoreMessages.get(lang, "accountStatus." + AccountStatus.SUSPENDED));
            }
            int sessions = accounts.deleteSessions(c, a.id());
            List<Long> reopened = a.role() == Role.VOLUNTEER ? tasks.reopenHeldBy(c, a.id(), p, now) : List.of();
            audit.record(c, now, p, about(AuditLog.Change.of("account.suspend", "account", a.id()), a)
                    .states(AuditLog.state("status", a.status()), AuditLog.state("status", AccountStatus.SUSPENDED,
                            "reason", reason, "sessionsEnded", sessions, "tasksReopened", reopened)));
            return stored(200, summary(accounts.byId(c, a.id()).orElseThrow(), lang));
        });
    }

    /** Lifts a suspension: back to ACTIVE (a volunteer never verified goes back to PENDING). */
    public Idempotency.Stored reinstate(Principal p, long accountId, Role role, NoteRequest req, Idempotency.Request idem,
                                        Lang lang) {
        Access.requireStaff(p);
        Validators.start().maxLength("note", req.note(), REASON_MAX).throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            AccountRepository.AccountRecord a = managed(c, p, accountId);
            if (role != null && a.role() != role) {
                throw new NotFoundException();
            }
            AccountStatus to = a.role() == Role.VOLUNTEER && volunteers.byId(c, a.id())
                    .map(v -> v.verifiedAt() == null).orElse(false) ? AccountStatus.PENDING : AccountStatus.ACTIVE;
            if (a.status() != AccountStatus.SUSPENDED
                    || !accounts.setStatus(c, a.id(), AccountStatus.SUSPENDED, to, null, p.accountId(), now)) {
                throw new ConflictException("problem.accountStatus.detail",
                        CoreMessages.get(lang, "accountStatus." + a.status()));
            }
            String note = req.note() == null || req.note().isBlank() ? null : req.note().strip();
            audit.record(c, now, p, about(AuditLog.Change.of("account.reinstate", "account", a.id()), a)
                    .states(AuditLog.state("status", a.status(), "reason", a.statusReason()),
                            AuditLog.state("status", to, "note", note)));
            return stored(200, summary(accounts.byId(c, a.id()).orElseThrow(), lang));
        });
    }

    // ---- everyone: passwords ----

    /**
     * Changes the signed-in account's own password. The current password is checked (a wrong one counts towards the
     * sign-in slowdown of the number, so this is no way round it); the new one follows core's rules and differs from the current one.
     * Every other session of the account ends; this one stays.
     */
    public void changePassword(Principal p, String currentTokenHash, ChangePassword req) {
        Validators v = Validators.start().password("currentPassword", req.currentPassword())
                .newPassword("newPassword", req.newPassword());
        if (req.currentPassword() != null && req.currentPassword().equals(req.newPassword())) {
            v.add("newPassword", "samePassword");
        }
        v.throwIfInvalid();
        if (p.status() == AccountStatus.SUSPENDED) {
            throw new AccountNotActiveException();
        }
        long now = clock.millis();
        long wait = throttle.secondsToWait(p.phone());
        if (wait > 0) {
            throw new TooManyAttemptsException(wait);
        }
        AccountRepository.AccountRow row = db.read(c -> accounts.byPhone(c, p.phone())).orElseThrow(NotFoundException::new);
        if (!hasher.verify(row.passwordHash(), req.currentPassword())) {
            throttle.failed(p.phone());
            throw new ValidationException(new Violation("currentPassword", "wrongPassword"));
        }
        String hash = hasher.hash(req.newPassword());
        db.tx(c -> {
            accounts.setPassword(c, p.accountId(), hash, now);
            accounts.deleteOtherSessions(c, p.accountId(), currentTokenHash);
            return null;
        });
        throttle.succeeded(p.phone());
    }

    /**
     * Sets a new password with the one-time code staff gave the person. Wrong phone, wrong code and expired code are
     * one answer (401); five wrong tries void the code; tries are throttled per client address. Every session of the
     * account ends.
     */
    public void redeem(RedeemCode req, String clientAddress) {
        String phone = Validators.normalizePhone(req.phone());
        Validators.start().mobile("phone", phone).required("code", req.code()).newPassword("newPassword", req.newPassword())
                .maxLength("code", req.code(), 40).throwIfInvalid();
        long wait = publicLimiter.tryAcquire(clientAddress);
        if (wait > 0) {
            throw new TooManyAttemptsException(wait);
        }
        String code = req.code().strip().replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        long now = clock.millis();
        Optional<AccountRepository.AccountRow> account = db.read(c -> accounts.byPhone(c, phone));
        Optional<OneTimeCodeRepository.CodeRow> live = account.flatMap(a -> db.read(c -> codes.find(c, a.principal().accountId())))
                .filter(x -> x.expiresAt() > now);
        if (live.isEmpty()) {
            hasher.verifyDummy(code);
            throw new SignInFailedException("problem.codeInvalid.detail");
        }
        long accountId = account.get().principal().accountId();
        if (!hasher.verify(live.get().codeHash(), code)) {
            db.tx(c -> {
                if (codes.countFailure(c, accountId) >= CODE_TRIES) {
                    codes.delete(c, accountId);
                }
                return null;
            });
            throw new SignInFailedException("problem.codeInvalid.detail");
        }
        if (account.get().principal().status() == AccountStatus.SUSPENDED) {
            throw new AccountNotActiveException();
        }
        String hash = hasher.hash(req.newPassword());
        boolean used = db.tx(c -> {
            if (!codes.delete(c, accountId)) {
                return false; // redeemed meanwhile by a concurrent request
            }
            accounts.setPassword(c, accountId, hash, now);
            accounts.deleteSessions(c, accountId);
            return true;
        });
        if (!used) {
            throw new SignInFailedException("problem.codeInvalid.detail");
        }
        throttle.succeeded(phone); // the new password may be used at once
    }

    // ---- carers ----

    public static CarerLinkDto link(ResidentRepository.LinkRow l, Lang lang) {
        return new CarerLinkDto(l.carerAccountId(), l.carerName(), Validators.maskPhone(l.carerPhone()), l.residentId(),
                l.residentName(), l.relationship(), l.relationship().displayName(lang), Dates.time(l.createdAt()));
    }

    /** Who may act for a resident: the person, their carers and the staff of their town may see it. */
    public List<CarerLinkDto> carers(Principal p, long residentId, Lang lang) {
        return db.read(c -> {
            access.see(c, p, residentId);
            return residents.links(c, residentId).stream().map(l -> link(l, lang)).toList();
        });
    }

    /** Staff link a carer's account to a resident with the relationship (201). */
    public Idempotency.Stored linkCarer(Principal p, long residentId, LinkCarer req, Idempotency.Request idem, Lang lang) {
        Access.requireStaff(p);
        Validators.start().required("carerAccountId", req.carerAccountId()).required("relationship", req.relationship())
                .throwIfInvalid();
        long now = clock.millis();
        return idempotency.run(idem, now, c -> {
            ResidentRow r = access.actAsStaff(c, p, residentId);
            AccountRepository.AccountRecord carer = accounts.byId(c, req.carerAccountId())
                    .filter(a -> a.role() == Role.CARER && a.status() != AccountStatus.SUSPENDED)
                    .orElseThrow(() -> new ValidationException(new Violation("carerAccountId", "notACarer")));
            if (residents.link(c, carer.id(), r.id()).isPresent()) {
                throw new ConflictException("problem.linkExists.detail");
            }
            residents.insertLink(c, carer.id(), r.id(), req.relationship(), p.accountId(), now);
            audit.record(c, now, p, AuditLog.Change.of("carer.link", "carer_link", carer.id()).about(r.id(), r.town())
                    .states(null, AuditLog.state("carer", carer.id(), "relationship", req.relationship())));
            ResidentRepository.LinkRow l = residents.links(c, r.id()).stream()
                    .filter(x -> x.carerAccountId() == carer.id()).findFirst().orElseThrow();
            return stored(201, link(l, lang));
        });
    }

    /** Staff end a carer's link to a resident. */
    public void unlinkCarer(Principal p, long residentId, long carerAccountId) {
        Access.requireStaff(p);
        long now = clock.millis();
        db.tx(c -> {
            ResidentRow r = access.actAsStaff(c, p, residentId);
            var relationship = residents.link(c, carerAccountId, r.id()).orElseThrow(NotFoundException::new);
            residents.deleteLink(c, carerAccountId, r.id());
            audit.record(c, now, p, AuditLog.Change.of("carer.unlink", "carer_link", carerAccountId).about(r.id(), r.town())
                    .states(AuditLog.state("carer", carerAccountId, "relationship", relationship), null));
            return null;
        });
    }
}
