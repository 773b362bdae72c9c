package cn.huzhong.care.server.auth;

import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.StaffScope;
import cn.huzhong.care.core.domain.Town;

/**
 * The signed-in account, as the services see it. Authorization is decided from this, never from the request
 * body.
 *
 * @param town       a staff member's town (null for district staff), a resident's town
 * @param residentId a resident account's own resident record
 */
public record Principal(long accountId, Role role, String displayName, String phone, AccountStatus status, Town town,
                        StaffScope staffScope, Long residentId) {
    /** Never the whole phone number (it is the sign-in name): a principal in a log or an error says who, masked. */
    @Override
    public String toString() {
        return "Principal[accountId=" + accountId + ", role=" + role + ", phone="
                + cn.huzhong.care.core.validation.Validators.maskPhone(phone) + ", status=" + status + ", town=" + town
                + ", staffScope=" + staffScope + ", residentId=" + residentId + "]";
    }


    public boolean isStaff() {
        return role == Role.STAFF;
    }

    public boolean isDistrictStaff() {
        return role == Role.STAFF && staffScope == StaffScope.DISTRICT;
    }

    /** Staff who may act on residents of {@code t}: district staff everywhere, town staff in their own town. */
    public boolean staffCovers(Town t) {
        return role == Role.STAFF && (staffScope == StaffScope.DISTRICT || town == t);
    }
}
