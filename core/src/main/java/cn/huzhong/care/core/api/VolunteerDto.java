package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.Town;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A volunteer: who, where they help and with what, where the account stands (with the reason when suspended),
 * and their total volunteer hours (志愿时长) from completed tasks.
 */
public record VolunteerDto(long id, String name, String phoneMasked, AccountStatus status, String statusName,
                           String statusReason, List<Town> towns, List<String> townNames, List<HelpKind> kinds,
                           List<String> kindNames, OffsetDateTime registeredAt, OffsetDateTime verifiedAt,
                           double totalHours, int tasksCompleted) {
}
