package cn.huzhong.care.server.tasks;

import cn.huzhong.care.core.api.AssignVolunteer;
import cn.huzhong.care.core.api.CompleteTask;
import cn.huzhong.care.core.api.CreateTask;
import cn.huzhong.care.core.api.FileComplaint;
import cn.huzhong.care.core.api.NoteRequest;
import cn.huzhong.care.core.api.RatingRequest;
import cn.huzhong.care.core.api.ReasonRequest;
import cn.huzhong.care.core.domain.ComplaintStatus;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.TaskStatus;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.validation.ValidationException;
import cn.huzhong.care.core.validation.Violation;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.http.RequestContext;
import cn.huzhong.care.server.http.Requests;
import cn.huzhong.care.server.http.Responses;
import io.javalin.http.Context;

/** Help tasks and complaints about them: HTTP only. */
public final class TaskController {
    private final TaskService service;

    public TaskController(TaskService service) {
        this.service = service;
    }

    // volunteers

    public void open(Context ctx) {
        Requests.Paging paging = Requests.paging(ctx);
        Responses.json(ctx, 200, service.open(RequestContext.principal(ctx), Requests.enumParam(ctx, "town", Town.class),
                Requests.enumParam(ctx, "kind", HelpKind.class), Requests.dateParam(ctx, "date"), paging.page(), paging.size(),
                RequestContext.lang(ctx)));
    }

    public void mine(Context ctx) {
        Requests.Paging paging = Requests.paging(ctx);
        String scope = ctx.queryParam("scope");
        boolean done;
        if (scope == null || scope.isBlank() || scope.equalsIgnoreCase("current")) {
            done = false;
        } else if (scope.equalsIgnoreCase("done")) {
            done = true;
        } else {
            throw new ValidationException(new Violation("scope", "oneOf"));
        }
        Responses.json(ctx, 200, service.mine(RequestContext.principal(ctx), done, paging.page(), paging.size(),
                RequestContext.lang(ctx)));
    }

    public void accept(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        Responses.stored(ctx, service.accept(p, Requests.id(ctx, "taskId"), Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void checkIn(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        Responses.stored(ctx, service.checkIn(p, Requests.id(ctx, "taskId"), Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void complete(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long id = Requests.id(ctx, "taskId");
        CompleteTask req = Requests.body(ctx, CompleteTask.class);
        Responses.stored(ctx, service.complete(p, id, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void withdraw(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        Responses.stored(ctx, service.withdraw(p, Requests.id(ctx, "taskId"), Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    // staff

    public void create(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        CreateTask req = Requests.body(ctx, CreateTask.class);
        Responses.stored(ctx, service.create(p, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void list(Context ctx) {
        Requests.Paging paging = Requests.paging(ctx);
        Responses.json(ctx, 200, service.list(RequestContext.principal(ctx), Requests.enumParam(ctx, "status", TaskStatus.class),
                Requests.enumParam(ctx, "town", Town.class), Requests.enumParam(ctx, "kind", HelpKind.class),
                Requests.dateParam(ctx, "date"), paging.page(), paging.size(), RequestContext.lang(ctx)));
    }

    public void detail(Context ctx) {
        Responses.json(ctx, 200, service.detail(RequestContext.principal(ctx), Requests.id(ctx, "taskId"), RequestContext.lang(ctx)));
    }

    public void assign(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long id = Requests.id(ctx, "taskId");
        AssignVolunteer req = Requests.body(ctx, AssignVolunteer.class);
        Responses.stored(ctx, service.assign(p, id, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void cancel(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long id = Requests.id(ctx, "taskId");
        ReasonRequest req = Requests.body(ctx, ReasonRequest.class);
        Responses.stored(ctx, service.cancel(p, id, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void complaints(Context ctx) {
        Requests.Paging paging = Requests.paging(ctx);
        Responses.json(ctx, 200, service.complaints(RequestContext.principal(ctx),
                Requests.enumParam(ctx, "status", ComplaintStatus.class), Requests.enumParam(ctx, "town", Town.class),
                paging.page(), paging.size(), RequestContext.lang(ctx)));
    }

    public void closeComplaint(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long id = Requests.id(ctx, "complaintId");
        NoteRequest req = Requests.body(ctx, NoteRequest.class);
        Responses.stored(ctx, service.closeComplaint(p, id, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    // the person helped

    public void forResident(Context ctx) {
        Requests.Paging paging = Requests.paging(ctx);
        Responses.json(ctx, 200, service.forResident(RequestContext.principal(ctx), Requests.id(ctx, "residentId"),
                paging.page(), paging.size(), RequestContext.lang(ctx)));
    }

    public void rate(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long residentId = Requests.id(ctx, "residentId");
        long taskId = Requests.id(ctx, "taskId");
        RatingRequest req = Requests.body(ctx, RatingRequest.class);
        Responses.stored(ctx, service.rate(p, residentId, taskId, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void complain(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long residentId = Requests.id(ctx, "residentId");
        long taskId = Requests.id(ctx, "taskId");
        FileComplaint req = Requests.body(ctx, FileComplaint.class);
        Responses.stored(ctx, service.complain(p, residentId, taskId, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }
}
