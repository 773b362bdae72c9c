package cn.huzhong.care.server.accounts;

import cn.huzhong.care.core.api.ChangePassword;
import cn.huzhong.care.core.api.CreateAccount;
import cn.huzhong.care.core.api.LinkCarer;
import cn.huzhong.care.core.api.NoteRequest;
import cn.huzhong.care.core.api.ReasonRequest;
import cn.huzhong.care.core.api.RedeemCode;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.auth.AuthController;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.auth.Tokens;
import cn.huzhong.care.server.http.RequestContext;
import cn.huzhong.care.server.http.Requests;
import cn.huzhong.care.server.http.Responses;
import io.javalin.http.Context;

import java.util.function.Function;

/** Accounts, passwords and carer links: HTTP only. */
public final class AccountController {
    private final AccountService service;
    private final Function<Context, String> clientAddress;

    public AccountController(AccountService service, Function<Context, String> clientAddress) {
        this.service = service;
        this.clientAddress = clientAddress;
    }

    public void create(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        CreateAccount req = Requests.body(ctx, CreateAccount.class);
        Responses.stored(ctx, service.create(p, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void list(Context ctx) {
        Requests.Paging paging = Requests.paging(ctx);
        Responses.json(ctx, 200, service.list(RequestContext.principal(ctx), Requests.enumParam(ctx, "role", Role.class),
                Requests.enumParam(ctx, "status", AccountStatus.class), Requests.enumParam(ctx, "town", Town.class),
                ctx.queryParam("name"), paging.page(), paging.size(), RequestContext.lang(ctx)));
    }

    public void detail(Context ctx) {
        Responses.json(ctx, 200, service.detail(RequestContext.principal(ctx), Requests.id(ctx, "accountId"),
                RequestContext.lang(ctx)));
    }

    public void resetCode(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        Responses.stored(ctx, service.issueResetCode(p, Requests.id(ctx, "accountId"), Responses.idempotency(ctx, p)));
    }

    public void suspend(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long id = Requests.id(ctx, "accountId");
        ReasonRequest req = Requests.body(ctx, ReasonRequest.class);
        Responses.stored(ctx, service.suspend(p, id, null, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void reinstate(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long id = Requests.id(ctx, "accountId");
        NoteRequest req = Requests.optionalBody(ctx, NoteRequest.class, new NoteRequest(null));
        Responses.stored(ctx, service.reinstate(p, id, null, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void changePassword(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        ChangePassword req = Requests.body(ctx, ChangePassword.class);
        service.changePassword(p, Tokens.sha256Hex(AuthController.bearer(ctx)), req);
        ctx.status(204);
    }

    public void redeem(Context ctx) {
        RedeemCode req = Requests.body(ctx, RedeemCode.class);
        service.redeem(req, clientAddress.apply(ctx));
        ctx.status(204);
    }

    public void carers(Context ctx) {
        Responses.json(ctx, 200, service.carers(RequestContext.principal(ctx), Requests.id(ctx, "residentId"),
                RequestContext.lang(ctx)));
    }

    public void linkCarer(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long residentId = Requests.id(ctx, "residentId");
        LinkCarer req = Requests.body(ctx, LinkCarer.class);
        Responses.stored(ctx, service.linkCarer(p, residentId, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void unlinkCarer(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        service.unlinkCarer(p, Requests.id(ctx, "residentId"), Requests.id(ctx, "carerAccountId"));
        ctx.status(204);
    }
}
