package cn.huzhong.care.core.api;

/** The person's assigned contact (包保联系人): a staff member or community worker to call. */
public record ContactDto(String name, String phone, String office) {
}
