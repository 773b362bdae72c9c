package cn.huzhong.care.core.api;

/** Whom a task helps, with how to reach them: shown to the volunteer who accepted it, and to staff. */
public record TaskPerson(long residentId, String name, String phone, String address) {
}
