package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.BenefitFinderResponse;
import cn.huzhong.care.core.api.CertificateDto;
import cn.huzhong.care.core.api.HotlineDto;
import cn.huzhong.care.core.api.ResidentProfile;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.hotline.Hotlines;
import cn.huzhong.care.core.i18n.Lang;
import com.google.gson.reflect.TypeToken;

import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The repositories over the {@link Api}, the device cache and the session: each read goes through
 * {@link DataSource#load}, keyed by the resident it is about.
 */
public final class ApiRepositories implements ResidentRepository, SubsidyRepository, HotlineRepository {
    private static final Type SUBSIDY_LIST = new TypeToken<List<SubsidySummary>>() { }.getType();
    private static final Type HOTLINE_LIST = new TypeToken<List<HotlineDto>>() { }.getType();
    /** More than anyone has: the policy table has seven benefits. */
    private static final int LIST_SIZE = 100;

    private final Api api;
    private final DataSource data;
    private final SignedIn signedIn;
    private final Supplier<Lang> lang;

    public ApiRepositories(Api api, DataSource data, SessionRepository sessions, Supplier<Lang> lang) {
        this.api = api;
        this.data = data;
        this.signedIn = new SignedIn(data, sessions);
        this.lang = lang;
    }

    @Override
    public CompletableFuture<Loaded<ResidentProfile>> profile() {
        return signedIn.load("profile", ResidentProfile.class,
                s -> api.profile(s.token(), s.requireSubjectId(), lang.get()));
    }

    @Override
    public CompletableFuture<Loaded<CertificateDto>> certificate() {
        return signedIn.load("certificate", CertificateDto.class,
                s -> api.certificate(s.token(), s.requireSubjectId(), false, lang.get()));
    }

    @Override
    public CompletableFuture<CertificateDto> revealCertificate() {
        Session s = signedIn.session();
        return data.run(() -> api.certificate(s.token(), s.requireSubjectId(), true, lang.get()));
    }

    @Override
    public CompletableFuture<Loaded<List<SubsidySummary>>> subsidies() {
        return signedIn.load("subsidies", SUBSIDY_LIST,
                s -> api.subsidies(s.token(), s.requireSubjectId(), 1, LIST_SIZE, lang.get()).items());
    }

    @Override
    public CompletableFuture<Loaded<SubsidyDetail>> subsidy(long subsidyId) {
        return signedIn.load("subsidy-" + subsidyId, SubsidyDetail.class,
                s -> api.subsidy(s.token(), s.requireSubjectId(), subsidyId, lang.get()));
    }

    @Override
    public CompletableFuture<Loaded<BenefitFinderResponse>> benefitFinder() {
        return signedIn.load("finder", BenefitFinderResponse.class,
                s -> api.benefitFinder(s.token(), s.requireSubjectId(), lang.get()));
    }

    @Override
    public CompletableFuture<SubsidyDetail> apply(BenefitKind kind, String idempotencyKey) {
        Session s = signedIn.session();
        return data.run(() -> api.apply(s.token(), s.requireSubjectId(), kind, idempotencyKey, lang.get()));
    }

    @Override
    public CompletableFuture<Loaded<List<HotlineDto>>> hotlines() {
        Lang l = lang.get();
        return data.load("hotlines-" + l.name().toLowerCase(java.util.Locale.ROOT), HOTLINE_LIST,
                () -> api.hotlines(l)).exceptionallyCompose(t -> {
                    if (DataSource.cause(t) instanceof ApiFailure.Unreachable) {
                        return CompletableFuture.completedFuture(new Loaded<>(builtIn(l), null, true));
                    }
                    return CompletableFuture.failedFuture(DataSource.cause(t));
                });
    }

    /** The directory that ships with the app, in the same form the server sends. */
    static List<HotlineDto> builtIn(Lang l) {
        return Hotlines.standard().stream()
                .map(h -> new HotlineDto(h.id(), h.number(), h.name().in(l), h.handles().in(l), h.hours().in(l),
                        h.allDay(), h.emergency(), h.textChannel(), h.demo()))
                .toList();
    }
}
