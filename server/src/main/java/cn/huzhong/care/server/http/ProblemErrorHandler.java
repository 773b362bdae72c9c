package cn.huzhong.care.server.http;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.ApiProblem;
import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.i18n.CoreMessages;
import cn.huzhong.care.core.i18n.Lang;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Jetty's own errors as problem+json, like every other error of the API: what Jetty refuses before the request
 * reaches Javalin (an ambiguous or undecodable path such as {@code %00} or {@code ..;}, request headers over the
 * limit, a URI too long, a broken request line) would otherwise get Jetty's HTML page. The answer carries a request
 * id too; the language follows {@code Accept-Language} when the headers could be read.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    /** Jetty writes an error body for GET, POST and HEAD only; an API answers every method alike. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        Lang lang = Lang.fromAcceptLanguage(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        String requestId = RequestIds.accept(request.getHeaders().get(RequestIds.HEADER));
        String body = body(code, lang, request.getHttpURI() == null ? null : request.getHttpURI().getPath(), requestId);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ApiPaths.PROBLEM_JSON + "; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LANGUAGE, lang.tag());
        response.getHeaders().put(RequestIds.HEADER, requestId);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** For a message so broken that no request could be made of it (e.g. headers too large). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        String requestId = RequestIds.fresh();
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, ApiPaths.PROBLEM_JSON + "; charset=utf-8"));
        fields.put(new HttpField(HttpHeader.CONTENT_LANGUAGE, Lang.ZH.tag()));
        fields.put(new HttpField(RequestIds.HEADER, requestId));
        return ByteBuffer.wrap(body(status, Lang.ZH, null, requestId).getBytes(StandardCharsets.UTF_8));
    }

    static String body(int status, Lang lang, String path, String requestId) {
        String type;
        String title;
        String detail;
        switch (status) {
            case 400 -> {
                type = "malformed-request";
                title = CoreMessages.get(lang, "problem.malformed.title");
                detail = CoreMessages.get(lang, "problem.badRequest.detail");
            }
            case 404 -> {
                type = "not-found";
                title = CoreMessages.get(lang, "problem.notFound.title");
                detail = CoreMessages.get(lang, "problem.notFound.detail");
            }
            case 413 -> {
                type = "too-large";
                title = CoreMessages.get(lang, "problem.tooLarge.title");
                detail = CoreMessages.get(lang, "problem.tooLarge.detail", Limits.MAX_BODY_BYTES);
            }
            case 414 -> {
                type = "uri-too-long";
                title = CoreMessages.get(lang, "problem.tooLarge.title");
                detail = CoreMessages.get(lang, "problem.uriTooLong.detail");
            }
            case 431 -> {
                type = "headers-too-large";
                title = CoreMessages.get(lang, "problem.tooLarge.title");
                detail = CoreMessages.get(lang, "problem.headersTooLarge.detail");
            }
            default -> {
                if (status >= 500) {
                    type = "internal";
                    title = CoreMessages.get(lang, "problem.internal.title");
                    detail = CoreMessages.get(lang, "problem.internal.detail") + " (" + requestId + ")";
                } else {
                    type = "http-" + status;
                    title = CoreMessages.get(lang, "problem.http.title");
                    detail = CoreMessages.get(lang, "problem.http.detail", status);
                }
            }
        }
        // a path Jetty refused is not repeated back: it may be the very thing that could not be read
        return Json.gson().toJson(new ApiProblem(ApiProblem.TYPE_BASE + type, title, status, detail, null, List.of(), null,
                requestId));
    }
}
