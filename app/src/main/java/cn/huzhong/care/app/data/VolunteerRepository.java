package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.OpenTaskDto;
import cn.huzhong.care.core.api.RegisterVolunteer;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.api.VolunteerDto;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.Town;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A volunteer's help tasks (F10): reads offline first (the volunteer's own record with their hours, the open tasks near
 * them, their own tasks, one task), and the writes that need the server (accept, check in, complete, withdraw), whose
 * answers go into the device's copies. Registering needs no session.
 */
public interface VolunteerRepository {
    /** What the open tasks are narrowed to; each part may be null (all). */
    record Filter(Town town, HelpKind kind, LocalDate date) {
        public static final Filter ALL = new Filter(null, null, null);
    }

    /**
     * The volunteer and the open tasks near them. A volunteer who is not (or no longer) verified has no tasks:
     * {@code tasks} is empty and {@code me.status()} says why.
     */
    record OpenTasks(VolunteerDto me, List<OpenTaskDto> tasks, long total) {
    }

    /** The volunteer (with their total hours), their tasks under way, and the ones they completed (newest first). */
    record MyTasks(VolunteerDto me, List<TaskDto> current, List<TaskDto> done) {
    }

    /** The largest page of open tasks read at once: a town has a few a week. */
    int OPEN_PAGE = 50;

    Reading<OpenTasks> openTasks(Filter filter);

    Reading<MyTasks> myTasks();

    Reading<TaskDto> task(long taskId);

    CompletableFuture<TaskDto> accept(long taskId, String idempotencyKey);

    CompletableFuture<TaskDto> checkIn(long taskId, String idempotencyKey);

    CompletableFuture<TaskDto> complete(long taskId, String note, double hours, String idempotencyKey);

    CompletableFuture<TaskDto> withdraw(long taskId, String idempotencyKey);

    /** Registers a new volunteer (no one is signed in). */
    CompletableFuture<VolunteerDto> register(RegisterVolunteer registration, String idempotencyKey);
}
