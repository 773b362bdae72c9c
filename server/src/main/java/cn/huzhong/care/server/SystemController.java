package cn.huzhong.care.server;

import cn.huzhong.care.core.api.HealthDto;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.http.Responses;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code /health} and the OpenAPI document; both answer without sign-in. */
final class SystemController {
    static final String OPENAPI_RESOURCE = "/cn/huzhong/care/core/api/openapi.yaml";

    private final Database db;
    private final String openApi;
    private final String version;

    SystemController(Database db) {
        this.db = db;
        try (InputStream in = SystemController.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml missing from core");
            }
            this.openApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String v = SystemController.class.getPackage().getImplementationVersion();
        this.version = v == null ? "dev" : v;
    }

    void health(Context ctx) {
        boolean up = db.ping();
        ctx.header("Cache-Control", "no-store");
        Responses.json(ctx, up ? 200 : 503, new HealthDto(up ? "UP" : "DOWN",
                db.dialect().name().toLowerCase(), version));
    }

    void openApi(Context ctx) {
        ctx.contentType("application/yaml; charset=utf-8");
        ctx.result(openApi);
    }
}
