package cn.huzhong.care.server.privacy;

import cn.huzhong.care.core.api.AnswerDataCase;
import cn.huzhong.care.core.api.FileDataCase;
import cn.huzhong.care.core.domain.DataCaseStatus;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.http.RequestContext;
import cn.huzhong.care.server.http.Requests;
import cn.huzhong.care.server.http.Responses;
import io.javalin.http.Context;

/** A person's data and their correction and deletion cases: HTTP only. */
public final class PersonalDataController {
    private final PersonalDataService service;

    public PersonalDataController(PersonalDataService service) {
        this.service = service;
    }

    public void report(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        Responses.json(ctx, 200, service.report(RequestContext.principal(ctx), Requests.id(ctx, "residentId"),
                RequestContext.lang(ctx)));
    }

    public void cases(Context ctx) {
        Responses.json(ctx, 200, service.cases(RequestContext.principal(ctx), Requests.id(ctx, "residentId"),
                RequestContext.lang(ctx)));
    }

    public void file(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long residentId = Requests.id(ctx, "residentId");
        FileDataCase req = Requests.body(ctx, FileDataCase.class);
        Responses.stored(ctx, service.file(p, residentId, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void queue(Context ctx) {
        Requests.Paging paging = Requests.paging(ctx);
        Responses.json(ctx, 200, service.queue(RequestContext.principal(ctx),
                Requests.enumParam(ctx, "status", DataCaseStatus.class), Requests.enumParam(ctx, "town", Town.class),
                paging.page(), paging.size(), RequestContext.lang(ctx)));
    }

    public void answer(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long id = Requests.id(ctx, "caseId");
        AnswerDataCase req = Requests.body(ctx, AnswerDataCase.class);
        Responses.stored(ctx, service.answer(p, id, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }
}
