package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.BenefitKind;

/** {@code POST /api/v1/residents/{id}/subsidies}: apply for a benefit. {@code note} is optional. */
public record ApplyRequest(BenefitKind kind, String note) {
}
