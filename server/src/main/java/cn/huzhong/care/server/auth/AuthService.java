package cn.huzhong.care.server.auth;

import cn.huzhong.care.core.api.AccountDto;
import cn.huzhong.care.core.api.SessionResponse;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.errors.TooManyAttemptsException;
import cn.huzhong.care.server.errors.AccountNotActiveException;
import cn.huzhong.care.server.errors.SignInFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Sign-in and sessions. Passwords are Argon2id; tokens are opaque and stored only as SHA-256. Sign-in is
 * throttled per client address (in memory) and per account (in the database: after {@code maxFailures}
 * failures within the window the account is locked for a while, whichever server the attempts reach).
 */
public final class AuthService {
    private static final Logger LOG = LoggerFactory.getLogger(AuthService.class);

    /** Throttling settings. */
    public record Limits(int maxFailures, Duration failureWindow, Duration lockDuration, int perAddressPerMinute) {
        public static Limits standard() {
            return new Limits(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 30);
        }
    }

    private final Database db;
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Duration sessionTtl;
    private final Limits limits;
    private final AddressLimiter addressLimiter;

    public AuthService(Database db, AccountRepository accounts, PasswordHasher hasher, Clock clock,
                       Duration sessionTtl, Limits limits) {
        this.db = db;
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
        this.sessionTtl = sessionTtl;
        this.limits = limits;
        this.addressLimiter = new AddressLimiter(limits.perAddressPerMinute(), clock);
    }

    public SessionResponse signIn(String rawPhone, String password, String clientAddress) {
        String phone = Validators.normalizePhone(rawPhone);
        Validators.start().mobile("phone", phone).password("password", password).throwIfInvalid();

        long wait = addressLimiter.tryAcquire(clientAddress);
        if (wait > 0) {
            LOG.info("sign-in throttled for address {}", clientAddress);
            throw new TooManyAttemptsException(wait);
        }
        long now = clock.millis();
        Optional<AccountRepository.AccountRow> found = db.read(c -> accounts.byPhone(c, phone));
        if (found.isEmpty()) {
            hasher.verifyDummy(password);
            throw signInFailed();
        }
        AccountRepository.AccountRow row = found.get();
        if (row.lockedUntil() != null && row.lockedUntil() > now) {
            throw new TooManyAttemptsException((row.lockedUntil() - now + 999) / 1000);
        }
        if (!hasher.verify(row.passwordHash(), password)) {
            long lockedUntil = recordFailure(row.principal().accountId(), now);
            if (lockedUntil > now) {
                LOG.info("account {} locked after repeated sign-in failures", row.principal().accountId());
                throw new TooManyAttemptsException((lockedUntil - now + 999) / 1000);
            }
            throw signInFailed();
        }
        Principal p = row.principal();
        if (p.status() == AccountStatus.SUSPENDED) {
            throw new AccountNotActiveException();
        }
        String token = Tokens.newToken();
        long expiresAt = now + sessionTtl.toMillis();
        db.tx(c -> {
            accounts.clearFailures(c, p.accountId());
            accounts.insertSession(c, Tokens.sha256Hex(token), p.accountId(), now, expiresAt);
            accounts.deleteExpiredSessions(c, now);
            return null;
        });
        return new SessionResponse(token, Dates.time(expiresAt),
                toDto(p));
    }

    /** Counts a failure atomically in the database; returns the lock end (or 0 when not locked). */
    private long recordFailure(long accountId, long now) {
        long windowStart = now - limits.failureWindow().toMillis();
        return db.tx(c -> {
            int failures = accounts.countFailure(c, accountId, windowStart, now);
            if (failures >= limits.maxFailures()) {
                long until = now + limits.lockDuration().toMillis();
                accounts.lock(c, accountId, until);
                return until;
            }
            return 0L;
        });
    }

    private static SignInFailedException signInFailed() {
        return new SignInFailedException();
    }

    /** The principal of a bearer token, if the session is live. */
    public Optional<Principal> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        long now = clock.millis();
        return db.read(c -> accounts.bySessionHash(c, Tokens.sha256Hex(token), now));
    }

    public void signOut(String token) {
        db.tx(c -> accounts.deleteSession(c, Tokens.sha256Hex(token)));
    }

    public static AccountDto toDto(Principal p) {
        return new AccountDto(p.accountId(), p.role(), p.displayName(), Validators.maskPhone(p.phone()), p.town(),
                p.staffScope(), p.status());
    }
}
