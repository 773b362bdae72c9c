package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.validation.Validators;

import java.util.List;

/** {@code POST /api/v1/volunteers}: a volunteer registers; the account waits for staff to verify it. */
public record RegisterVolunteer(String name, String phone, String password, List<Town> towns, List<HelpKind> kinds) {
    @Override
    public String toString() {
        return "RegisterVolunteer[name=" + name + ", phone=" + Validators.maskPhone(phone) + ", password=***, towns=" + towns
                + ", kinds=" + kinds + "]";
    }
}
