package cn.huzhong.care.core.api;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/v1/residents/{id}/benefit-finder}. */
public record BenefitFinderResponse(long residentId, LocalDate judgedOn, List<BenefitMatchDto> matches,
                                    String policyVersion) {
}
