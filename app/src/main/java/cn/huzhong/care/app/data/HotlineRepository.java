package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.HotlineDto;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The hotline directory (F7). Works offline even on first start: the app carries the directory too. */
public interface HotlineRepository {
    /** {@code savedAt} is null when the list is the copy built into the app. */
    CompletableFuture<Loaded<List<HotlineDto>>> hotlines();
}
