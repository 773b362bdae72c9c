package cn.huzhong.care.core.api;

import java.util.List;

/** {@code GET /api/v1/me}: who am I, and whom may I act for. */
public record MeResponse(AccountDto account, List<PersonRef> actingFor) {
}
