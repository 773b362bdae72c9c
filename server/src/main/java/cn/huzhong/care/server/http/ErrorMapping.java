package cn.huzhong.care.server.http;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.ApiProblem;
import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.i18n.CoreMessages;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.validation.ValidationException;
import cn.huzhong.care.server.db.DataAccessException;
import cn.huzhong.care.server.errors.AccountNotActiveException;
import cn.huzhong.care.server.errors.ConflictException;
import cn.huzhong.care.server.errors.DomainException;
import cn.huzhong.care.server.errors.IdempotencyKeyReusedException;
import cn.huzhong.care.server.errors.NotAllowedException;
import cn.huzhong.care.server.errors.NotFoundException;
import cn.huzhong.care.server.errors.SignInFailedException;
import cn.huzhong.care.server.errors.TooManyAttemptsException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Every error as {@code application/problem+json} in the request's language: 400 malformed, 401, 403, 404,
 * 409, 413, 415, 422 with field errors, 429 with Retry-After, and 500 without a stack trace (the trace goes to
 * the server log with an id the answer names). The one place where the services' domain exceptions
 * ({@link DomainException}: not found, not allowed, conflict…) become HTTP statuses; {@link ApiException} is for
 * what the HTTP layer itself finds wrong (a body that is not JSON, no session).
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    public static void register(JavalinConfig cfg) {
        cfg.routes.exception(ApiException.class, (e, ctx) -> write(ctx, e));
        cfg.routes.exception(DomainException.class, (e, ctx) -> write(ctx, toApi(e)));
        cfg.routes.exception(ValidationException.class, (e, ctx) -> {
            Lang lang = RequestContext.lang(ctx);
            List<ApiProblem.FieldError> errors = e.violations().stream()
                    .map(v -> new ApiProblem.FieldError(v.field(), v.code(), v.message(lang))).toList();
            write(ctx, 422, "validation", CoreMessages.get(lang, "problem.validation.title"),
                    CoreMessages.get(lang, "problem.validation.detail"), errors, null);
        });
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> {
            Lang lang = RequestContext.lang(ctx);
            int status = e.getStatus();
            switch (status) {
                case 413 -> write(ctx, 413, "too-large", CoreMessages.get(lang, "problem.tooLarge.title"),
                        CoreMessages.get(lang, "problem.tooLarge.detail", Limits.MAX_BODY_BYTES), null, null);
                case 404 -> write(ctx, 404, "not-found", CoreMessages.get(lang, "problem.notFound.title"),
                        CoreMessages.get(lang, "problem.routeNotFound.detail", ctx.method() + " " + ctx.path()), null, null);
                case 405 -> write(ctx, 405, "method-not-allowed", CoreMessages.get(lang, "problem.methodNotAllowed.title"),
                        CoreMessages.get(lang, "problem.routeNotFound.detail", ctx.method() + " " + ctx.path()), null, null);
                case 400 -> write(ctx, ApiException.malformed(String.valueOf(e.getMessage())));
                default -> {
                    if (status >= 500) {
                        internal(ctx, e);
                    } else {
                        write(ctx, status, "http-" + status, String.valueOf(e.getMessage()), String.valueOf(e.getMessage()),
                                null, null);
                    }
                }
            }
        });
        cfg.routes.exception(DataAccessException.class, (e, ctx) -> internal(ctx, e));
        cfg.routes.exception(Exception.class, (e, ctx) -> internal(ctx, e));
        cfg.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                Lang lang = RequestContext.lang(ctx);
                write(ctx, 404, "not-found", CoreMessages.get(lang, "problem.notFound.title"),
                        CoreMessages.get(lang, "problem.routeNotFound.detail", ctx.method() + " " + ctx.path()), null, null);
            }
        });
        cfg.routes.error(405, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                Lang lang = RequestContext.lang(ctx);
                write(ctx, 405, "method-not-allowed", CoreMessages.get(lang, "problem.methodNotAllowed.title"),
                        CoreMessages.get(lang, "problem.routeNotFound.detail", ctx.method() + " " + ctx.path()), null, null);
            }
        });
    }

    /** The status, problem type and title of each kind of domain exception. */
    static ApiException toApi(DomainException e) {
        Object[] args = e.detailArgs();
        if (e instanceof NotFoundException) {
            return new ApiException(404, "not-found", "problem.notFound.title", e.detailKey(), args, null);
        }
        if (e instanceof NotAllowedException) {
            return new ApiException(403, "forbidden", "problem.forbidden.title", e.detailKey(), args, null);
        }
        if (e instanceof AccountNotActiveException) {
            return new ApiException(403, "account-not-active", "problem.accountNotActive.title", e.detailKey(), args, null);
        }
        if (e instanceof SignInFailedException) {
            return new ApiException(401, "sign-in-failed", "problem.signInFailed.title", e.detailKey(), args, null);
        }
        if (e instanceof ConflictException) {
            return new ApiException(409, ApiException.typeOf(e.detailKey()), "problem.conflict.title", e.detailKey(), args,
                    null);
        }
        if (e instanceof TooManyAttemptsException t) {
            return ApiException.rateLimited(t.seconds());
        }
        if (e instanceof IdempotencyKeyReusedException) {
            return new ApiException(422, "idempotency-key-reused", "problem.validation.title", e.detailKey(), args, null);
        }
        throw new IllegalStateException("no mapping for " + e.getClass().getName());
    }

    private static void internal(Context ctx, Exception e) {
        String incident = RequestIds.of(ctx);
        LOG.error("unhandled error in request {} on {} {}", incident, ctx.req().getMethod(), RequestLog.route(ctx), e);
        Lang lang = RequestContext.lang(ctx);
        write(ctx, 500, "internal", CoreMessages.get(lang, "problem.internal.title"),
                CoreMessages.get(lang, "problem.internal.detail") + " (" + incident + ")", null, null);
    }

    public static void write(Context ctx, ApiException e) {
        Lang lang = RequestContext.lang(ctx);
        if (e.retryAfterSeconds() != null) {
            ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
        }
        if (e.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        write(ctx, e.status(), e.type(), CoreMessages.get(lang, e.titleKey()),
                CoreMessages.get(lang, e.detailKey(), e.detailArgs()), null, e.retryAfterSeconds());
    }

    private static void write(Context ctx, int status, String type, String title, String detail,
                              List<ApiProblem.FieldError> errors, Integer retryAfter) {
        ApiProblem problem = new ApiProblem(ApiProblem.TYPE_BASE + type, title, status, detail, ctx.path(),
                errors == null ? List.of() : errors, retryAfter, RequestIds.of(ctx));
        ctx.status(status);
        ctx.header("Content-Language", RequestContext.lang(ctx).tag());
        ctx.contentType(ApiPaths.PROBLEM_JSON + "; charset=utf-8");
        ctx.result(Json.gson().toJson(problem));
    }
}
