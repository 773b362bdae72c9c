package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.core.api.PersonRef;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.ServerProcess;
import cn.huzhong.care.server.support.TestDatabases;
import cn.huzhong.care.server.support.TestServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crash durability on the embedded default (SQLite, WAL, synchronous=FULL): the server as its own process, eight
 * clients writing at once, SIGKILL in the middle of the stream (no shutdown hook runs, nothing is flushed on the
 * way out), a restart on the same file: every write that was acknowledged with 201 is there, and the file is
 * intact.
 */
class CrashDurabilityTest {
    static final int WRITERS = 8;
    static final int ACKNOWLEDGED_BEFORE_KILL = 150;

    @Test
    void sigkillMidStream_everyAcknowledgedWriteIsThereAfterRestart() throws Exception {
        Assumptions.assumeFalse(TestDatabases.postgres(), "the crash test is about the SQLite file");
        Path dir = Files.createTempDirectory("huzhong-crash");
        ServerProcess first = ServerProcess.start(dir, "before-kill", Map.of(), "--data-dir=" + dir, "--demo");
        List<Writer> writers = new ArrayList<>();
        for (String phone : List.of(TestServer.WANG, TestServer.LI, TestServer.ZHAO, TestServer.SUN, TestServer.CARER_ZHANG,
                TestServer.CARER_CHEN)) {
            Http h = signIn(first.http, phone);
            for (PersonRef p : h.get(ApiPaths.ME).as(MeResponse.class).actingFor()) {
                writers.add(new Writer(h, p.residentId()));
            }
        }
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        for (int t = 0; t < WRITERS; t++) {
            Writer w = writers.get(t % writers.size());
            int thread = t;
            pool.execute(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String text = "崩溃测试 写入 " + thread + "-" + i;
                    try {
                        Http.Resp r = w.http.sendUnchecked("POST", ApiPaths.fill(ApiPaths.RESIDENT_HOTLINE_THREADS, w.residentId),
                                "{\"topic\":\"HELP\",\"message\":\"" + text + "\"}", Map.of("Idempotency-Key", "crash-" + thread + "-" + i));
                        if (r.status() == 201) {
                            acknowledged.add(text);
                            enough.countDown();
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failed.incrementAndGet(); // the server is gone: this write was never acknowledged
                    }
                }
            });
        }
        assertTrue(enough.await(120, TimeUnit.SECONDS), "writes acknowledged: " + acknowledged.size());
        first.kill(); // while the writers keep writing
        stop.set(true);
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        assertEquals(137, first.exitCode(), "killed by SIGKILL (128 + 9)");
        Set<String> acked = new HashSet<>(acknowledged);
        assertTrue(acked.size() >= ACKNOWLEDGED_BEFORE_KILL);

        try (ServerProcess second = ServerProcess.start(dir, "after-restart", Map.of(), "--data-dir=" + dir, "--demo")) {
            assertEquals(200, second.http.get(ApiPaths.HEALTH).status());
            Set<String> stored = new HashSet<>();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("huzhong-care.db"));
                 Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT body FROM hotline_messages WHERE body LIKE '崩溃测试%'")) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                    }
                }
                try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    assertEquals("ok", rs.getString(1));
                }
            }
            Set<String> lost = new HashSet<>(acked);
            lost.removeAll(stored);
            assertTrue(lost.isEmpty(), lost.size() + " acknowledged writes lost of " + acked.size() + ": " + lost);
            // and the restarted server serves them
            Writer w = writers.get(0);
            Http again = signIn(second.http, TestServer.WANG);
            assertEquals(200, again.get(ApiPaths.fill(ApiPaths.RESIDENT_HOTLINE_THREADS, w.residentId)).status());
        }
    }

    record Writer(Http http, long residentId) {
    }

    static Http signIn(Http http, String phone) {
        Http.Resp r = http.post(ApiPaths.SESSIONS, Map.of("phone", phone, "password", "demo1234"));
        assertEquals(201, r.status(), r::toString);
        return http.as(r.json().getAsJsonObject().get("token").getAsString());
    }
}
