package cn.huzhong.care.app.data;

import cn.huzhong.care.app.data.local.JsonCache;
import cn.huzhong.care.app.platform.InMemoryStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read machinery on a real background thread: the slow-network timers, and what counts as in flight. */
class DataSourceTest {
    final ExecutorService io = Executors.newSingleThreadExecutor();
    final InMemoryStorage storage = new InMemoryStorage();
    final JsonCache cache = new JsonCache(storage);

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    @Test
    void aServerThatDoesNotAnswer_setsOffTheSlowNote_thenTheOverdueOne_whileTheRequestGoesOn() throws Exception {
        DataSource data = new DataSource(io, cache, new SyncStatus(storage), Fixtures.CLOCK,
                new DataSource.Patience(Duration.ofMillis(20), Duration.ofMillis(40)));
        CountDownLatch answer = new CountDownLatch(1);
        Reading<String> r = data.read("k", String.class, () -> {
            try {
                assertTrue(answer.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "到了";
        });
        assertTrue(r.cached().get(5, TimeUnit.SECONDS).isEmpty());
        r.slow().get(5, TimeUnit.SECONDS);
        r.overdue().get(5, TimeUnit.SECONDS);
        assertFalse(r.fresh().isDone(), "the request goes on after the screen stopped waiting");
        answer.countDown();
        assertEquals("到了", r.fresh().get(5, TimeUnit.SECONDS).value());
        assertEquals("到了", cache.<String>peek("k").orElseThrow().value(), "and its answer is kept for next time");
    }

    @Test
    void aReadCountsAsInFlight_untilWhoeverWaitsOnItHasBeenTold() throws Exception {
        DataSource data = new DataSource(io, cache, new SyncStatus(storage), Fixtures.CLOCK, DataSource.Patience.NEVER);
        List<Integer> seenByTheWaiter = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch told = new CountDownLatch(1);
        // the answer waits until the waiter is listening: otherwise the read may be over before anyone listens, and
        // a late listener is told on its own thread, after the count went down
        CountDownLatch listening = new CountDownLatch(1);
        Reading<String> r = data.read("k", String.class, () -> {
            try {
                assertTrue(listening.await(5, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "新的";
        });
        r.fresh().whenComplete((v, e) -> {
            seenByTheWaiter.add(data.inFlight());
            told.countDown();
        });
        listening.countDown();
        assertTrue(told.await(5, TimeUnit.SECONDS));
        assertTrue(seenByTheWaiter.get(0) >= 1, "still counted while the waiter hears of it: " + seenByTheWaiter);
        io.submit(() -> { }).get(5, TimeUnit.SECONDS);
        assertEquals(0, data.inFlight());
    }
}
