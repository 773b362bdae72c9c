package cn.huzhong.care.server.support;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.CreateTask;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.core.api.OpenTaskDto;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.domain.HelpKind;
import com.google.gson.reflect.TypeToken;

import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Help-task helpers for API tests. The test clock starts on Wednesday 18 November 2026, 10:00 in Huzhong. */
public final class Tasks {
    public static final Type TASK_PAGE = new TypeToken<Page<TaskDto>>() { }.getType();
    public static final Type OPEN_PAGE = new TypeToken<Page<OpenTaskDto>>() { }.getType();

    private Tasks() {
    }

    /** {@code day} days after 18 November 2026 at {@code hour}:00 in Huzhong. */
    public static OffsetDateTime at(int day, int hour) {
        return OffsetDateTime.of(2026, 11, 18, hour, 0, 0, 0, ZoneOffset.ofHours(8)).plusDays(day);
    }

    /** The first resident a demo account acts for (a resident's own record). */
    public static long residentOf(TestServer s, String phone) {
        return s.as(phone).get(ApiPaths.ME).as(MeResponse.class).actingFor().get(0).residentId();
    }

    /** A task created by {@code staff} for a resident, on day {@code day} from {@code hour} for two hours. */
    public static TaskDto create(Http staff, long residentId, HelpKind kind, int day, int hour) {
        Http.Resp r = staff.post(ApiPaths.TASKS, new CreateTask(residentId, null, kind, "帮忙买一周的米面和蔬菜，送到家里", at(day, hour),
                at(day, hour + 2)));
        assertEquals(201, r.status(), r::toString);
        return r.as(TaskDto.class);
    }

    public static Http.Resp post(Http who, String template, long taskId, Object body) {
        return who.post(ApiPaths.fill(template, taskId), body);
    }
}
