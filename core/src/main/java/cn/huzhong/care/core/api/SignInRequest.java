package cn.huzhong.care.core.api;

/** {@code POST /api/v1/sessions}. */
public record SignInRequest(String phone, String password) {
    @Override
    public String toString() {
        return "SignInRequest[phone=" + cn.huzhong.care.core.validation.Validators.maskPhone(phone) + ", password=***]";
    }
}
