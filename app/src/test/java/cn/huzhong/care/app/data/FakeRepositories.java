package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.BenefitFinderResponse;
import cn.huzhong.care.core.api.CertificateDto;
import cn.huzhong.care.core.api.HotlineDto;
import cn.huzhong.care.core.api.ResidentProfile;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.domain.BenefitKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Fake repositories behind the real interfaces: each call answers the next future the test queued (or a
 * never-completing one, to look at the waiting state), and every call is recorded.
 */
public final class FakeRepositories implements ResidentRepository, SubsidyRepository, HotlineRepository {
    public final Queue<Loaded<ResidentProfile>> profile = new Queue<>();
    public final Queue<Loaded<CertificateDto>> certificate = new Queue<>();
    public final Queue<CertificateDto> reveal = new Queue<>();
    public final Queue<Loaded<List<SubsidySummary>>> subsidies = new Queue<>();
    public final Queue<Loaded<SubsidyDetail>> subsidy = new Queue<>();
    public final Queue<Loaded<BenefitFinderResponse>> finder = new Queue<>();
    public final Queue<SubsidyDetail> apply = new Queue<>();
    public final Queue<Loaded<List<HotlineDto>>> hotlines = new Queue<>();
    public final List<String> calls = new CopyOnWriteArrayList<>();

    /** Futures handed out in order; when none is queued, one that never completes. */
    public static final class Queue<T> {
        private final List<CompletableFuture<T>> queued = new ArrayList<>();

        public synchronized Queue<T> then(T value) {
            queued.add(CompletableFuture.completedFuture(value));
            return this;
        }

        public synchronized Queue<T> thenFail(Throwable t) {
            queued.add(CompletableFuture.failedFuture(t));
            return this;
        }

        public synchronized CompletableFuture<T> thenWait() {
            CompletableFuture<T> f = new CompletableFuture<>();
            queued.add(f);
            return f;
        }

        synchronized CompletableFuture<T> next() {
            return queued.isEmpty() ? new CompletableFuture<>() : queued.remove(0);
        }
    }

    public static <T> Loaded<T> fresh(T value) {
        return new Loaded<>(value, java.time.Instant.parse("2026-11-28T02:00:00Z"), false);
    }

    public static <T> Loaded<T> cached(T value, java.time.Instant savedAt) {
        return new Loaded<>(value, savedAt, true);
    }

    @Override
    public CompletableFuture<Loaded<ResidentProfile>> profile() {
        calls.add("profile");
        return profile.next();
    }

    @Override
    public CompletableFuture<Loaded<CertificateDto>> certificate() {
        calls.add("certificate");
        return certificate.next();
    }

    @Override
    public CompletableFuture<CertificateDto> revealCertificate() {
        calls.add("reveal");
        return reveal.next();
    }

    @Override
    public CompletableFuture<Loaded<List<SubsidySummary>>> subsidies() {
        calls.add("subsidies");
        return subsidies.next();
    }

    @Override
    public CompletableFuture<Loaded<SubsidyDetail>> subsidy(long subsidyId) {
        calls.add("subsidy " + subsidyId);
        return subsidy.next();
    }

    @Override
    public CompletableFuture<Loaded<BenefitFinderResponse>> benefitFinder() {
        calls.add("finder");
        return finder.next();
    }

    @Override
    public CompletableFuture<SubsidyDetail> apply(BenefitKind kind, String idempotencyKey) {
        calls.add("apply " + kind + " " + idempotencyKey);
        return apply.next();
    }

    @Override
    public CompletableFuture<Loaded<List<HotlineDto>>> hotlines() {
        calls.add("hotlines");
        return hotlines.next();
    }

    /** A session repository in memory. */
    public static final class Sessions implements SessionRepository {
        private volatile Session session;
        private final List<Consumer<Optional<Session>>> listeners = new CopyOnWriteArrayList<>();
        public final Queue<Session> signIn = new Queue<>();
        public final List<String> signInCalls = new CopyOnWriteArrayList<>();
        public volatile int signOuts;

        public Sessions(Session initial) {
            this.session = initial;
        }

        @Override
        public Optional<Session> current() {
            return Optional.ofNullable(session);
        }

        @Override
        public CompletableFuture<Session> signIn(String phone, String password) {
            signInCalls.add(phone + "/" + password);
            return signIn.next().thenApply(s -> {
                set(s);
                return s;
            });
        }

        @Override
        public CompletableFuture<Void> signOut() {
            signOuts++;
            set(null);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void actFor(long residentId) {
            set(session.withSubject(residentId));
        }

        @Override
        public void expired() {
            set(null);
        }

        private void set(Session s) {
            session = s;
            listeners.forEach(l -> l.accept(Optional.ofNullable(s)));
        }

        @Override
        public void addListener(Consumer<Optional<Session>> listener) {
            listeners.add(listener);
        }
    }

    /** Settings in memory. */
    public static final class Settings implements SettingsRepository {
        private volatile AppSettings current = AppSettings.DEFAULTS;
        private final List<Consumer<AppSettings>> listeners = new CopyOnWriteArrayList<>();

        @Override
        public AppSettings current() {
            return current;
        }

        @Override
        public void update(AppSettings settings) {
            current = settings;
            listeners.forEach(l -> l.accept(settings));
        }

        @Override
        public void addListener(Consumer<AppSettings> listener) {
            listeners.add(listener);
        }
    }
}
