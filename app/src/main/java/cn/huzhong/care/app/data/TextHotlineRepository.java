package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.HotlineThreadDetail;
import cn.huzhong.care.core.api.HotlineThreadSummary;
import cn.huzhong.care.core.domain.HotlineTopic;

import java.util.concurrent.CompletableFuture;

/** The text channel to the 12385 desk (文字热线, F7) for the person the app acts for. */
public interface TextHotlineRepository {
    /** The person's threads, latest first, as many pages as were read before; kept on the device. */
    Reading<Paged<HotlineThreadSummary>> threads();

    /** The next page of threads, merged into the device's copy; answers the whole list. */
    CompletableFuture<Loaded<Paged<HotlineThreadSummary>>> moreThreads();

    /** A thread with every message, oldest first. */
    Reading<HotlineThreadDetail> thread(long threadId);

    /** Writes to the desk; the same {@code idempotencyKey} never opens a second thread. */
    CompletableFuture<HotlineThreadDetail> write(HotlineTopic topic, String message, String idempotencyKey);

    /** Writes again in a thread. */
    CompletableFuture<HotlineThreadDetail> writeAgain(long threadId, String message, String idempotencyKey);
}
