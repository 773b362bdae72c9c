package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.validation.Validators;

/**
 * {@code POST /api/v1/accounts}: staff open an account for a resident ({@code role} RESIDENT with
 * {@code residentId}; the name is the resident's) or a carer ({@code role} CARER with {@code name} and {@code town}).
 * The answer carries a one-time code the person uses to set their own password.
 */
public record CreateAccount(Role role, Long residentId, String name, String phone, Town town) {
    @Override
    public String toString() {
        return "CreateAccount[role=" + role + ", residentId=" + residentId + ", name=" + name + ", phone="
                + Validators.maskPhone(phone) + ", town=" + town + "]";
    }
}
