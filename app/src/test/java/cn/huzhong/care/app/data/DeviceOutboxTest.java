package cn.huzhong.care.app.data;

import cn.huzhong.care.app.data.local.JsonCache;
import cn.huzhong.care.app.platform.InMemoryStorage;
import cn.huzhong.care.core.api.ApiProblem;
import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.api.CreateBooking;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox sends each request or booking exactly once: against a fake server that keeps idempotency keys as the
 * real one does, through lost answers, dead networks, restarts and a flood of "send now", and it reports what the
 * server refuses instead of dropping it.
 */
class DeviceOutboxTest {
    final InMemoryStorage storage = new InMemoryStorage();
    final FakeApi api = new FakeApi();
    final Clock clock = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);
    final SyncStatus sync = new SyncStatus(storage);
    final DataSource data = new DataSource(Runnable::run, new JsonCache(storage), sync, clock);
    final FakeRepositories.Sessions sessions = new FakeRepositories.Sessions(Fixtures.residentSession());
    final List<DeviceOutbox> opened = new ArrayList<>();

    DeviceOutbox outbox() {
        DeviceOutbox o = new DeviceOutbox(api, storage, data, sessions, () -> Lang.ZH, null, null);
        opened.add(o);
        return o;
    }

    @AfterEach
    void close() {
        opened.forEach(DeviceOutbox::close);
    }

    static final CreateServiceRequest VISIT = CreateServiceRequest.of(ServiceRequestType.HOME_VISIT, "冬天出门不方便，请上门看看。");
    static final CreateBooking REHAB = new CreateBooking(31L, null, null, null);
    static final OutboxItem.BookingInfo INFO = new OutboxItem.BookingInfo(ServiceKind.REHABILITATION, 3, "呼中区残疾人康复中心",
            OffsetDateTime.parse("2026-11-30T09:00:00+08:00"), OffsetDateTime.parse("2026-11-30T09:45:00+08:00"), null, false);

    static <T> T await(java.util.concurrent.CompletableFuture<T> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    long callsWith(String key) {
        return api.calls.stream().filter(c -> c.endsWith(" " + key)).count();
    }

    String onlyKey(DeviceOutbox o, OutboxItem.Kind kind) {
        List<OutboxItem> items = o.items(kind);
        assertEquals(1, items.size(), "one item on the device: " + items);
        return items.get(0).key();
    }

    @Test
    void online_isSentAtOnce_andNothingStaysOnTheDevice() throws Exception {
        DeviceOutbox o = outbox();
        Submission<BookingDto> s = await(o.submitBooking(REHAB, INFO));
        assertInstanceOf(Submission.Sent.class, s);
        assertEquals(1, api.bookingsMade.size());
        assertTrue(o.items(OutboxItem.Kind.BOOKING).isEmpty());
        assertEquals("[]", storage.read(DeviceOutbox.FILE).orElseThrow());
    }

    @Test
    void offline_waitsOnTheDevice_thenIsSentOnce_whenTheServerAnswersAgain() throws Exception {
        DeviceOutbox o = outbox();
        api.failure = Fixtures.offline();
        Submission<ServiceRequestDetail> s = await(o.submitRequest(VISIT));
        OutboxItem waiting = assertInstanceOf(Submission.Waiting.class, s).item();
        assertTrue(waiting.waiting());
        assertEquals(1, waiting.attempts());
        assertTrue(storage.read(DeviceOutbox.FILE).orElseThrow().contains(waiting.key()), "kept on the device with its key");
        assertFalse(sync.state().online(), "the failed attempt says offline");
        assertTrue(api.requestsMade.isEmpty());

        api.failure = null;
        sync.succeeded(clock.instant()); // any other call reaches the server again
        eventually("the request to be sent", () -> o.items(OutboxItem.Kind.REQUEST).isEmpty());
        assertEquals(1, api.requestsMade.size());
        assertTrue(api.requestsMade.containsKey(waiting.key()), "sent with the key it was made with");
        assertEquals(2, callsWith(waiting.key()), "one attempt offline, one that arrived");
    }

    @Test
    void answerLostAfterTheServerActed_isSentAgainWithTheSameKey_andTheServerMakesOne() throws Exception {
        DeviceOutbox o = outbox();
        api.loseNextAnswer = true;
        assertInstanceOf(Submission.Waiting.class, await(o.submitBooking(REHAB, INFO)));
        assertEquals(1, api.bookingsMade.size(), "the server did book it");
        String key = onlyKey(o, OutboxItem.Kind.BOOKING);

        o.sendNow();
        eventually("the retry", () -> o.items(OutboxItem.Kind.BOOKING).isEmpty());
        assertEquals(1, api.bookingsMade.size(), "the retry made no second booking");
        assertEquals(2, callsWith(key));
    }

    @Test
    void restartWithItemsPending_sendsThemOnce() throws Exception {
        DeviceOutbox before = outbox();
        api.failure = Fixtures.offline();
        await(before.submitRequest(VISIT));
        await(before.submitBooking(REHAB, INFO));
        before.close();

        api.failure = null;
        DeviceOutbox after = outbox();
        assertEquals(1, after.items(OutboxItem.Kind.REQUEST).size(), "read back from the device");
        assertEquals(1, after.items(OutboxItem.Kind.BOOKING).size());
        after.sendNow();
        eventually("both to be sent", () -> after.items(OutboxItem.Kind.REQUEST).isEmpty()
                && after.items(OutboxItem.Kind.BOOKING).isEmpty());
        assertEquals(1, api.requestsMade.size());
        assertEquals(1, api.bookingsMade.size());

        DeviceOutbox third = outbox();
        third.sendNow();
        drained(third);
        assertEquals(1, api.requestsMade.size(), "nothing is left to send twice");
        assertEquals(1, api.bookingsMade.size());
    }

    @Test
    void slotFullByTheTimeItIsSent_isReportedWithTheServersReason_neverDropped_neverRetried() throws Exception {
        DeviceOutbox o = outbox();
        api.failure = Fixtures.offline();
        await(o.submitBooking(REHAB, INFO));
        String key = onlyKey(o, OutboxItem.Kind.BOOKING);

        api.failure = null;
        api.refuseBookings = new ApiFailure.Rejected(Fixtures.problem(409, "与当前状态冲突", "这个时段已经约满了，请选择别的时段。"));
        o.sendNow();
        eventually("the refusal", () -> !o.items(OutboxItem.Kind.BOOKING).get(0).waiting());
        OutboxItem failed = o.items(OutboxItem.Kind.BOOKING).get(0);
        assertEquals(OutboxItem.State.FAILED, failed.state());
        assertEquals("这个时段已经约满了，请选择别的时段。", failed.failure());
        assertTrue(storage.read(DeviceOutbox.FILE).orElseThrow().contains("FAILED"), "the refusal is kept on the device");

        long calls = callsWith(key);
        o.sendNow();
        drained(o);
        assertEquals(calls, callsWith(key), "a refused item is not sent again");
        assertTrue(api.bookingsMade.isEmpty());

        await(o.dismiss(key));
        assertTrue(o.items(OutboxItem.Kind.BOOKING).isEmpty(), "gone once the person has seen it");
    }

    @Test
    void refusedWhileThePersonWaits_isAnsweredThere_andNotKept() throws Exception {
        DeviceOutbox o = outbox();
        api.refuseBookings = new ApiFailure.Rejected(Fixtures.problem(409, "与当前状态冲突", "这个时段已经约满了，请选择别的时段。"));
        Submission<BookingDto> s = await(o.submitBooking(REHAB, INFO));
        assertEquals(409, assertInstanceOf(Submission.Refused.class, s).failure().status());
        assertTrue(o.items(OutboxItem.Kind.BOOKING).isEmpty());
    }

    @Test
    void serverTroubleOrTheSameKeyStillInFlight_isTriedAgainLater_notReportedAsRefused() throws Exception {
        DeviceOutbox o = outbox();
        List<OutboxItem.State> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        o.addListener(() -> o.items(OutboxItem.Kind.REQUEST).forEach(i -> seen.add(i.state())));
        api.failure = Fixtures.offline();
        String key = assertInstanceOf(Submission.Waiting.class, await(o.submitRequest(VISIT))).item().key();
        api.failure = null;
        api.failNextCreate.add(new ApiFailure.ServerError(Fixtures.problem(500, "服务器出错了", "请稍后再试。")));
        api.failNextCreate.add(new ApiFailure.Rejected(new ApiProblem(ApiProblem.TYPE_BASE + ApiProblem.IDEMPOTENCY_IN_FLIGHT,
                "与当前状态冲突", 409, "同一个请求正在处理中，请稍后重试。", "/x", List.of(), null)));
        // the server answering again (even with an error) counts as reconnecting: one more try follows at once
        o.sendNow();
        eventually("both troubles to be met", () -> callsWith(key) == 3);
        drained(o);
        assertTrue(o.items(OutboxItem.Kind.REQUEST).get(0).waiting(), "still waiting for the next try");
        o.sendNow(); // the next try (the timer's, or any call that reaches the server)
        eventually("the request to be sent", () -> o.items(OutboxItem.Kind.REQUEST).isEmpty());
        assertEquals(4, callsWith(key), "offline, server error, still in flight, sent");
        assertFalse(seen.contains(OutboxItem.State.FAILED), "never reported as refused: " + seen);
        assertEquals(1, api.requestsMade.size());
    }

    @Test
    void manySendNowAtOnce_sendEachItemOnce() throws Exception {
        DeviceOutbox o = outbox();
        api.failure = Fixtures.offline();
        await(o.submitBooking(REHAB, INFO));
        String key = onlyKey(o, OutboxItem.Kind.BOOKING);
        api.failure = null;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < 40; i++) {
            pool.execute(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                o.sendNow();
                sync.succeeded(clock.instant());
            });
        }
        go.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        eventually("the booking to be sent", () -> o.items(OutboxItem.Kind.BOOKING).isEmpty());
        drained(o);
        assertEquals(2, callsWith(key), "one attempt offline, exactly one send after: never two at once");
        assertEquals(1, api.bookingsMade.size());
    }

    @Test
    void itemsBelongToTheAccount_andThePersonTheyWereMadeFor() throws Exception {
        DeviceOutbox o = outbox();
        api.failure = Fixtures.offline();
        await(o.submitRequest(VISIT));
        api.failure = null;

        sessions.signIn.then(Fixtures.carerSession());
        await(sessions.signIn("13900000101", "x"));
        drained(o);
        assertTrue(o.items(OutboxItem.Kind.REQUEST).isEmpty(), "another account does not see it");
        assertTrue(api.requestsMade.isEmpty(), "nor sends it with its own session");

        sessions.signIn.then(Fixtures.residentSession());
        await(sessions.signIn("13900000001", "x"));
        eventually("the resident's request to be sent", () -> !api.requestsMade.isEmpty());
        assertEquals(1, api.requestsMade.size());
    }

    @Test
    void sending_happensOnTheOutboxThread_neverOnTheCallers() throws Exception {
        List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        Api recording = new ForwardingApi(api) {
            @Override
            protected void before(String call) {
                threads.add(Thread.currentThread().getName());
            }
        };
        DeviceOutbox o = new DeviceOutbox(recording, storage, data, sessions, () -> Lang.ZH, null, null);
        opened.add(o);
        await(o.submitBooking(REHAB, INFO));
        assertEquals(List.of("huzhong-outbox"), threads);
    }

    /** A timer the test drives: it keeps what the outbox schedules, and runs a task when the test says its time came. */
    static final class HandTimer implements DeviceOutbox.Scheduler {
        final List<java.time.Duration> delays = new java.util.concurrent.CopyOnWriteArrayList<>();
        final java.util.concurrent.BlockingQueue<Runnable> due = new java.util.concurrent.LinkedBlockingQueue<>();

        @Override
        public void schedule(Runnable task, java.time.Duration after) {
            delays.add(after);
            due.add(task);
        }

        @Override
        public void close() {
        }

        /** The next retry's time has come. */
        void fire() {
            Runnable task = due.poll();
            if (task == null) {
                throw new AssertionError("no retry is scheduled");
            }
            task.run();
        }
    }

    /** Everything queued on the outbox's one sender thread before this call has run. */
    static void drained(DeviceOutbox o) throws Exception {
        await(o.dismiss("none"));
    }

    @Test
    void aSendThatDidNotGetThrough_isTriedAgainByItself_laterEachTime_andNotOnceSent() throws Exception {
        HandTimer timer = new HandTimer();
        DeviceOutbox o = new DeviceOutbox(api, storage, data, sessions, () -> Lang.ZH, java.time.Duration.ofMillis(20),
                java.time.Duration.ofMillis(80), timer);
        opened.add(o);
        api.failure = Fixtures.offline();
        String key = assertInstanceOf(Submission.Waiting.class, await(o.submitBooking(REHAB, INFO))).item().key();
        assertEquals(List.of(java.time.Duration.ofMillis(20)), timer.delays, "the first retry is scheduled");
        for (int i = 0; i < 3; i++) {
            timer.fire();
            drained(o);
        }
        assertEquals(4, callsWith(key), "the first send and three timed retries, nothing else");
        assertEquals(List.of(20L, 40L, 80L, 80L), timer.delays.stream().map(java.time.Duration::toMillis).toList(),
                "twice as late each time, never later than the most");
        assertTrue(o.items(OutboxItem.Kind.BOOKING).get(0).waiting());

        api.failure = null; // nothing else calls the server: the outbox's own retry finds it back
        timer.fire();
        drained(o);
        assertTrue(o.items(OutboxItem.Kind.BOOKING).isEmpty());
        assertEquals(1, api.bookingsMade.size());
        assertTrue(timer.due.isEmpty(), "once sent, no retry is scheduled: nothing will try it again");
        assertEquals(4, timer.delays.size());
        assertEquals(5, callsWith(key));
    }

    @Test
    void aFailingServer_isNotAskedAgainAndAgain_byItsOwnAnswers() throws Exception {
        // a clock that moves: every answer is a new "last sync", as in the app
        DataSource live = new DataSource(Runnable::run, new JsonCache(storage), new SyncStatus(storage), Clock.systemUTC());
        DeviceOutbox o = new DeviceOutbox(api, storage, live, sessions, () -> Lang.ZH, null, null);
        opened.add(o);
        for (int i = 0; i < 5; i++) {
            api.failNextCreate.add(new ApiFailure.ServerError(Fixtures.problem(500, "服务器出错了", "请稍后再试。")));
        }
        String key = assertInstanceOf(Submission.Waiting.class, await(o.submitRequest(VISIT))).item().key();
        // a resend set off by the failing answer would be queued on the sender thread during that send, so before this
        drained(o);
        assertEquals(1, callsWith(key), "one try; the next comes from the timer or a reconnection, not from the failure");
        drained(o);
        assertEquals(1, callsWith(key), "nor from a resend queued by a resend");
    }
}
