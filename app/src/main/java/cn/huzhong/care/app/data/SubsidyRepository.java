package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.BenefitFinderResponse;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.domain.BenefitKind;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Subsidies of the person the app acts for (F3), the benefit finder and applying (F4). */
public interface SubsidyRepository {
    CompletableFuture<Loaded<List<SubsidySummary>>> subsidies();

    CompletableFuture<Loaded<SubsidyDetail>> subsidy(long subsidyId);

    CompletableFuture<Loaded<BenefitFinderResponse>> benefitFinder();

    /** Files an application. Retrying with the same {@code idempotencyKey} never files a second one. */
    CompletableFuture<SubsidyDetail> apply(BenefitKind kind, String idempotencyKey);
}
