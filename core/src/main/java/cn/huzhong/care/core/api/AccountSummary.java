package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.Town;

import java.time.OffsetDateTime;

/** An account as staff see it in lists: the phone number masked, the reason when suspended. */
public record AccountSummary(long id, Role role, String displayName, String phoneMasked, Town town, AccountStatus status,
                             String statusName, String statusReason, Long residentId, OffsetDateTime createdAt) {
}
