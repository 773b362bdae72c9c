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
 * The repositories over the {@link Api}, the device cache and the session: each read is offline first (a
 * {@link Reading} through {@link SignedIn}), kept under a key that names the account, the resident it is about and
 * the language.
 */
public final class ApiRepositories implements ResidentRepository, SubsidyRepository, HotlineRepository {
    private static final Type SUBSIDY_LIST = new TypeToken<List<SubsidySummary>>() { }.getType();
    private static final Type HOTLINE_LIST = new TypeToken<List<HotlineDto>>() { }.getType();
    /** More than anyone has: the policy table has seven benefits. */
    private static final int LIST_SIZE = 100;

    private final Api api;
    private final DataSource data;
    private final SignedIn signedIn;

    public ApiRepositories(Api api, DataSource data, SessionRepository sessions, Supplier<Lang> lang) {
        this.api = api;
        this.data = data;
        this.signedIn = new SignedIn(data, sessions, lang);
    }

    @Override
    public Reading<ResidentProfile> profile() {
        Lang l = signedIn.lang();
        return signedIn.read("profile", ResidentProfile.class, s -> api.profile(s.token(), s.requireSubjectId(), l));
    }

    @Override
    public Reading<CertificateDto> certificate() {
        Lang l = signedIn.lang();
        return signedIn.read("certificate", CertificateDto.class,
                s -> api.certificate(s.token(), s.requireSubjectId(), false, l));
    }

    @Override
    public CompletableFuture<CertificateDto> revealCertificate() {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        return data.run(() -> api.certificate(s.token(), s.requireSubjectId(), true, l));
    }

    @Override
    public Reading<List<SubsidySummary>> subsidies() {
        Lang l = signedIn.lang();
        return signedIn.read("subsidies", SUBSIDY_LIST,
                s -> api.subsidies(s.token(), s.requireSubjectId(), 1, LIST_SIZE, l).items());
    }

    @Override
    public Reading<SubsidyDetail> subsidy(long subsidyId) {
        Lang l = signedIn.lang();
        return signedIn.read("subsidy-" + subsidyId, SubsidyDetail.class,
                s -> api.subsidy(s.token(), s.requireSubjectId(), subsidyId, l));
    }

    @Override
    public Reading<BenefitFinderResponse> benefitFinder() {
        Lang l = signedIn.lang();
        return signedIn.read("finder", BenefitFinderResponse.class,
                s -> api.benefitFinder(s.token(), s.requireSubjectId(), l));
    }

    @Override
    public CompletableFuture<SubsidyDetail> apply(BenefitKind kind, String idempotencyKey) {
        Session s = signedIn.session();
        Lang l = signedIn.lang();
        return data.run(() -> {
            SubsidyDetail filed = api.apply(s.token(), s.requireSubjectId(), kind, idempotencyKey, l);
            // the finder would still offer it, and the list would lack it
            signedIn.forget(s, "finder");
            signedIn.forget(s, "subsidies");
            return filed;
        });
    }

    @Override
    public Reading<List<HotlineDto>> hotlines() {
        Lang l = signedIn.lang();
        return data.read(SignedIn.sharedKey("hotlines", l), HOTLINE_LIST, () -> api.hotlines(l), builtIn(l));
    }

    /** The directory that ships with the app, in the same form the server sends. */
    static List<HotlineDto> builtIn(Lang l) {
        return Hotlines.standard().stream()
                .map(h -> new HotlineDto(h.id(), h.number(), h.name().in(l), h.handles().in(l), h.hours().in(l),
                        h.allDay(), h.emergency(), h.textChannel(), h.demo()))
                .toList();
    }
}
