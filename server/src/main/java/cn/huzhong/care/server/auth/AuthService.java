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
 * throttled per client address (in memory: it guards this process's CPU) and slowed down per phone number (in the
 * database, see {@link SignInThrottle}: the same for known and unknown numbers, never a long lock-out).
 */
public final class AuthService {
    private static final Logger LOG = LoggerFactory.getLogger(AuthService.class);

    /**
     * Throttling settings: {@code freeFailures} wrong passwords within {@code failureWindow} cost nothing, then each
     * attempt waits 1 s, 2 s, 4 s … up to {@code maxDelay}; {@code perAddressPerMinute} attempts per client address.
     */
    public record Limits(int freeFailures, Duration failureWindow, Duration maxDelay, int perAddressPerMinute) {
        public static Limits standard() {
            return new Limits(5, Duration.ofMinutes(15), Duration.ofMinutes(1), 30);
        }
    }

    private final Database db;
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Duration sessionTtl;
    private final AddressLimiter addressLimiter;
    private final SignInThrottle throttle;

    public AuthService(Database db, AccountRepository accounts, PasswordHasher hasher, Clock clock,
                       Duration sessionTtl, Limits limits) {
        this.db = db;
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
        this.sessionTtl = sessionTtl;
        this.addressLimiter = new AddressLimiter(limits.perAddressPerMinute(), clock);
        this.throttle = new SignInThrottle(db, new SignInThrottleRepository(), clock, limits.freeFailures(),
                limits.failureWindow(), limits.maxDelay());
    }

    /** The per-number slowdown; other checks of a password (the own password change) count towards it too. */
    public SignInThrottle throttle() {
        return throttle;
    }

    public SessionResponse signIn(String rawPhone, String password, String clientAddress) {
        String phone = Validators.normalizePhone(rawPhone);
        Validators.start().mobile("phone", phone).password("password", password).throwIfInvalid();

        long wait = addressLimiter.tryAcquire(clientAddress);
        if (wait > 0) {
            LOG.info("sign-in throttled for an address");
            throw new TooManyAttemptsException(wait);
        }
        long slow = throttle.secondsToWait(phone);
        if (slow > 0) {
            throw new TooManyAttemptsException(slow);
        }
        Optional<AccountRepository.AccountRow> found = db.read(c -> accounts.byPhone(c, phone));
        boolean verified;
        if (found.isEmpty()) {
            hasher.verifyDummy(password); // a miss costs as long as a hit
            verified = false;
        } else {
            verified = hasher.verify(found.get().passwordHash(), password);
        }
        if (!verified) {
            throttle.failed(phone);
            throw signInFailed();
        }
        Principal p = found.get().principal();
        if (p.status() == AccountStatus.SUSPENDED) {
            throw new AccountNotActiveException();
        }
        throttle.succeeded(phone);
        String token = Tokens.newToken();
        long now = clock.millis();
        long expiresAt = now + sessionTtl.toMillis();
        db.tx(c -> {
            accounts.insertSession(c, Tokens.sha256Hex(token), p.accountId(), now, expiresAt);
            accounts.deleteExpiredSessions(c, now);
            return null;
        });
        return new SessionResponse(token, Dates.time(expiresAt),
                toDto(p));
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
