package cn.huzhong.care.core.api;

import cn.huzhong.care.core.validation.Validators;

/** {@code POST /api/v1/password-resets}: the person sets a new password with the one-time code staff gave them. */
public record RedeemCode(String phone, String code, String newPassword) {
    @Override
    public String toString() {
        return "RedeemCode[phone=" + Validators.maskPhone(phone) + ", code=***, newPassword=***]";
    }
}
