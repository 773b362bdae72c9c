package cn.huzhong.care.server.hotlines;

import cn.huzhong.care.core.api.HotlineDto;
import cn.huzhong.care.core.hotline.Hotline;
import cn.huzhong.care.core.hotline.Hotlines;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.server.http.RequestContext;
import cn.huzhong.care.server.http.Responses;
import io.javalin.http.Context;

import java.util.List;

/** {@code GET /api/v1/hotlines}: the directory, in the request's language. Public: no sign-in needed. */
public final class HotlineController {
    private final List<Hotline> hotlines = Hotlines.standard();

    public void list(Context ctx) {
        Lang lang = RequestContext.lang(ctx);
        ctx.header("Cache-Control", "public, max-age=3600");
        Responses.json(ctx, 200, hotlines.stream()
                .map(h -> new HotlineDto(h.id(), h.number(), h.name().in(lang), h.handles().in(lang), h.hours().in(lang),
                        h.allDay(), h.emergency(), h.textChannel(), h.demo()))
                .toList());
    }
}
