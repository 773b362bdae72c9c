package cn.huzhong.care.server.http;

import cn.huzhong.care.core.api.Json;
import io.javalin.json.JsonMapper;

import java.lang.reflect.Type;

/** Javalin's JSON through the one Gson configuration of {@code core}. */
public final class GsonJsonMapper implements JsonMapper {
    @Override
    public String toJsonString(Object obj, Type type) {
        return Json.gson().toJson(obj, type);
    }

    @Override
    public <T> T fromJsonString(String json, Type targetType) {
        return Json.gson().fromJson(json, targetType);
    }
}
