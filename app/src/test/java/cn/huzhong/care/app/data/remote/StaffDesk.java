package cn.huzhong.care.app.data.remote;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.CreateTask;
import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.api.NoteRequest;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.i18n.Lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What town staff do at their desk, straight through the API (the app's staff screens are not this test's subject):
 * create a help task for a resident, verify a volunteer.
 */
public final class StaffDesk {
    private final Supplier<URI> base;
    private final String token;

    public StaffDesk(Supplier<URI> base, String staffPhone) {
        this.base = base;
        this.token = new ApiClient(base).signIn(staffPhone, "demo1234", Lang.ZH).token();
    }

    /** A task for {@code residentId} whose window starts at {@code start} and lasts two hours. */
    public TaskDto createTask(long residentId, HelpKind kind, String needed, Instant start) {
        OffsetDateTime from = start.atOffset(ZoneOffset.ofHours(8));
        String body = post(ApiPaths.TASKS, new CreateTask(residentId, null, kind, needed, from, from.plusHours(2)), 201);
        return Json.gson().fromJson(body, TaskDto.class);
    }

    /** A task made from service request {@code requestId} (the resident is the request's), starting at {@code start}. */
    public TaskDto createTaskFromRequest(long requestId, HelpKind kind, String needed, Instant start) {
        OffsetDateTime from = start.atOffset(ZoneOffset.ofHours(8));
        String body = post(ApiPaths.TASKS, new CreateTask(null, requestId, kind, needed, from, from.plusHours(2)), 201);
        return Json.gson().fromJson(body, TaskDto.class);
    }

    /**
     * 王秀兰's open service request gets a help task that 林志远 accepts, checks in to and completes (all through the
     * API): the help she can then rate from the request's timeline. Answers {request id, task id}.
     */
    public static long[] helpDoneForWangXiulan(Supplier<URI> base, Instant now) {
        ApiClient api = new ApiClient(base);
        String wang = api.signIn("13900000001", "demo1234", Lang.ZH).token();
        long person = api.me(wang, Lang.ZH).actingFor().get(0).residentId();
        long request = api.requests(wang, person, 1, 100, Lang.ZH).items().stream()
                .filter(r -> r.status().open()).findFirst().orElseThrow().id();
        TaskDto task = new StaffDesk(base, "13900000301").createTaskFromRequest(request, HelpKind.HOME_VISIT,
                "上门陪着聊聊天，看看取暖炉是否安全。", now.plusSeconds(1800));
        String lin = api.signIn("13900000201", "demo1234", Lang.ZH).token();
        api.acceptTask(lin, task.id(), UUID.randomUUID().toString(), Lang.ZH);
        api.checkIn(lin, task.id(), UUID.randomUUID().toString(), Lang.ZH);
        api.completeTask(lin, task.id(), new cn.huzhong.care.core.api.CompleteTask("聊了一下午，取暖炉和烟道都看过了，没有问题。",
                2.0), UUID.randomUUID().toString(), Lang.ZH);
        return new long[]{request, task.id()};
    }

    public void verifyVolunteer(long volunteerId) {
        post(ApiPaths.fill(ApiPaths.VOLUNTEER_VERIFY, volunteerId), new NoteRequest("当面核对过身份证"), 200);
    }

    private String post(String path, Object body, int expected) {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.get().resolve(path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header(ApiPaths.HEADER_IDEMPOTENCY_KEY, UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(Json.gson().toJson(body))).build();
            HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected && !(expected == 201 && r.statusCode() == 200)) {
                throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
