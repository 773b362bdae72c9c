package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.StaffScope;
import cn.huzhong.care.core.domain.Town;

/**
 * The signed-in account. {@code town} is the staff member's town (null for district staff) or the resident's
 * town; {@code staffScope} only for staff.
 */
public record AccountDto(long id, Role role, String displayName, String phoneMasked, Town town,
                         StaffScope staffScope, AccountStatus status) {
}
