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
import java.util.concurrent.CopyOnWriteArrayList;

/** An API in memory: answers fixtures, or throws {@link #failure} when set (offline, expired session…). */
public final class FakeApi implements Api {
    public volatile RuntimeException failure;
    public volatile List<SubsidySummary> subsidies = List.of();
    public final List<String> calls = new CopyOnWriteArrayList<>();

    private void call(String what) {
        calls.add(what);
        RuntimeException f = failure;
        if (f != null) {
            throw f;
        }
    }

    @Override
    public SessionResponse signIn(String phone, String password, Lang lang) {
        call("signIn " + phone);
        Session s = Fixtures.residentSession();
        return new SessionResponse(s.token(), null, s.account());
    }

    @Override
    public void signOut(String token, Lang lang) {
        call("signOut " + token);
    }

    @Override
    public MeResponse me(String token, Lang lang) {
        call("me " + token);
        Session s = Fixtures.residentSession();
        return new MeResponse(s.account(), s.actingFor());
    }

    @Override
    public ResidentProfile profile(String token, long residentId, Lang lang) {
        call("profile " + residentId);
        return Fixtures.profile();
    }

    @Override
    public CertificateDto certificate(String token, long residentId, boolean reveal, Lang lang) {
        call("certificate " + residentId + (reveal ? " reveal" : ""));
        return Fixtures.certificate(reveal);
    }

    @Override
    public Page<SubsidySummary> subsidies(String token, long residentId, int page, int size, Lang lang) {
        call("subsidies " + residentId + " " + lang);
        return new Page<>(subsidies, page, size, subsidies.size());
    }

    @Override
    public SubsidyDetail subsidy(String token, long residentId, long subsidyId, Lang lang) {
        call("subsidy " + subsidyId);
        return Fixtures.detail(subsidyId, 2);
    }

    @Override
    public BenefitFinderResponse benefitFinder(String token, long residentId, Lang lang) {
        call("finder " + residentId);
        return Fixtures.finder(BenefitKind.MULTI_DISABLED_HOUSEHOLD);
    }

    @Override
    public SubsidyDetail apply(String token, long residentId, BenefitKind kind, String idempotencyKey, Lang lang) {
        call("apply " + kind + " " + idempotencyKey);
        return Fixtures.detail(100, 0);
    }

    @Override
    public List<HotlineDto> hotlines(Lang lang) {
        call("hotlines " + lang);
        return List.of(new HotlineDto("12385", "12385", "服务器上的 12385", "…", "…", false, false, true));
    }
}
