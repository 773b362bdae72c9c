package cn.huzhong.care.core.api;

/** Staff give an open task to a volunteer (active, serving the task's town). */
public record AssignVolunteer(Long volunteerId) {
}
