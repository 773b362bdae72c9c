package cn.huzhong.care.core.api;

/** The volunteer finishes a task: what was done, and the hours (in quarter hours, 0.25–12). */
public record CompleteTask(String note, Double hours) {
}
