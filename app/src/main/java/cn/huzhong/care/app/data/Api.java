package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.BenefitFinderResponse;
import cn.huzhong.care.core.api.CertificateDto;
import cn.huzhong.care.core.api.HotlineDto;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.ResidentProfile;
import cn.huzhong.care.core.api.SessionResponse;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.i18n.Lang;

import java.util.List;

/**
 * The REST API as the app sees it. Every call blocks (repositories call it on their background executor) and
 * throws an {@link ApiFailure} when the server cannot be reached or says no. {@code ApiClient} implements it
 * over HTTP; tests use fakes.
 */
public interface Api {
    SessionResponse signIn(String phone, String password, Lang lang);

    void signOut(String token, Lang lang);

    MeResponse me(String token, Lang lang);

    ResidentProfile profile(String token, long residentId, Lang lang);

    CertificateDto certificate(String token, long residentId, boolean reveal, Lang lang);

    Page<SubsidySummary> subsidies(String token, long residentId, int page, int size, Lang lang);

    SubsidyDetail subsidy(String token, long residentId, long subsidyId, Lang lang);

    BenefitFinderResponse benefitFinder(String token, long residentId, Lang lang);

    /** Files an application; the same {@code idempotencyKey} never files a second one. */
    SubsidyDetail apply(String token, long residentId, BenefitKind kind, String idempotencyKey, Lang lang);

    List<HotlineDto> hotlines(Lang lang);
}
