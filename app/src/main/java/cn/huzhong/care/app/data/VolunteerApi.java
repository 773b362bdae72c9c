package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.CompleteTask;
import cn.huzhong.care.core.api.OpenTaskDto;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.RegisterVolunteer;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.api.VolunteerDto;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.Lang;

import java.time.LocalDate;

/**
 * The volunteers' part of the REST API (F10), as the app sees it: registering, the volunteer's own record with their
 * hours, open tasks near them (never the person before acceptance), their tasks, and accepting, checking in,
 * completing and withdrawing. Blocking calls that throw {@link ApiFailure}, as {@link Api}'s.
 */
public interface VolunteerApi {
    /** Registers a volunteer (no sign-in); the account waits for staff to verify it. A retry answers the same one. */
    VolunteerDto registerVolunteer(RegisterVolunteer registration, String idempotencyKey, Lang lang);

    VolunteerDto meVolunteer(String token, Lang lang);

    /** Open tasks in the volunteer's towns, soonest first; {@code town}, {@code kind}, {@code date} may be null. */
    Page<OpenTaskDto> openTasks(String token, Town town, HelpKind kind, LocalDate date, int page, int size, Lang lang);

    /** The volunteer's tasks: accepted and under way, or ({@code done}) completed, newest first. */
    Page<TaskDto> myTasks(String token, boolean done, int page, int size, Lang lang);

    TaskDto task(String token, long taskId, Lang lang);

    /** 409 when another volunteer won the task first. */
    TaskDto acceptTask(String token, long taskId, String idempotencyKey, Lang lang);

    TaskDto checkIn(String token, long taskId, String idempotencyKey, Lang lang);

    TaskDto completeTask(String token, long taskId, CompleteTask completion, String idempotencyKey, Lang lang);

    /** Gives the task back before its window starts: it reopens and the town's staff are told. */
    TaskDto withdrawTask(String token, long taskId, String idempotencyKey, Lang lang);
}
