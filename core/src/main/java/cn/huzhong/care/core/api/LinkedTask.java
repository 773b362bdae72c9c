package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.TaskStatus;

/** A help task made from a service request, as the request shows it: the volunteer by first name only. */
public record LinkedTask(long id, HelpKind kind, String kindName, TaskStatus status, String statusName, String when,
                         String volunteerFirstName) {
}
