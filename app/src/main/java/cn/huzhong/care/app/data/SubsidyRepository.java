package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.BenefitFinderResponse;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.domain.BenefitKind;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Subsidies of the person the app acts for (F3), the benefit finder and applying (F4). Reads are offline first
 * ({@link Reading}). The list is not paged: the policy table has seven benefits.
 */
public interface SubsidyRepository {
    Reading<List<SubsidySummary>> subsidies();

    Reading<SubsidyDetail> subsidy(long subsidyId);

    Reading<BenefitFinderResponse> benefitFinder();

    /**
     * Files an application. Retrying with the same {@code idempotencyKey} never files a second one. Once filed, the
     * device's copies of the subsidy list and the finder are out of date and forgotten.
     */
    CompletableFuture<SubsidyDetail> apply(BenefitKind kind, String idempotencyKey);
}
