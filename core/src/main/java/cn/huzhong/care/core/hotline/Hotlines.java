package cn.huzhong.care.core.hotline;

import cn.huzhong.care.core.api.Json;
import com.google.gson.reflect.TypeToken;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The hotline directory, loaded from data ({@code hotlines.json}) so the federation can update it. */
public final class Hotlines {
    public static final String RESOURCE = "/cn/huzhong/care/core/hotline/hotlines.json";

    private Hotlines() {
    }

    public static List<Hotline> standard() {
        try (InputStream in = Hotlines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("hotline directory missing: " + RESOURCE);
            }
            List<Hotline> list = Json.gson().fromJson(new InputStreamReader(in, StandardCharsets.UTF_8),
                    new TypeToken<List<Hotline>>() { }.getType());
            for (Hotline h : list) {
                if (h.id() == null || h.number() == null || h.name() == null || h.handles() == null
                        || h.hours() == null) {
                    throw new IllegalStateException("incomplete hotline entry " + h.id());
                }
            }
            return List.copyOf(list);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read hotline directory", e);
        }
    }
}
