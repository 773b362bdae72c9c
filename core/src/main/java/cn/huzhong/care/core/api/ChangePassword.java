package cn.huzhong.care.core.api;

/** {@code POST /api/v1/me/password}: the current password, and the new one (the rules of core's validators). */
public record ChangePassword(String currentPassword, String newPassword) {
    @Override
    public String toString() {
        return "ChangePassword[***]";
    }
}
