package cn.huzhong.care.server.support;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.SessionResponse;
import cn.huzhong.care.core.api.SignInRequest;
import cn.huzhong.care.server.ServerApp;
import cn.huzhong.care.server.ServerConfig;
import cn.huzhong.care.server.auth.AuthService;
import cn.huzhong.care.server.demo.DemoData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A real server on a free port over a fresh database (SQLite file, or a PostgreSQL schema in CI). */
public final class TestServer implements AutoCloseable {
    public final TestClock clock;
    public final ServerApp app;
    public final Http http;
    private final Map<String, String> tokens = new HashMap<>();

    private TestServer(TestClock clock, ServerApp app) {
        this.clock = clock;
        this.app = app;
        this.http = new Http("http://127.0.0.1:" + app.port());
    }

    public static TestServer start(boolean demo) {
        return start(demo, UnaryOperator.identity());
    }

    /** Starts with demo data (or none) and a test clock; {@code tweak} may change the config further. */
    public static TestServer start(boolean demo, UnaryOperator<ServerConfig> tweak) {
        try {
            Path dir = Files.createTempDirectory("huzhong-test");
            TestClock clock = new TestClock();
            TestDatabases.Db db = TestDatabases.fresh(dir);
            ServerConfig cfg = ServerConfig.local(dir, demo).withClock(clock).withDatabase(db.url(), db.user(), db.password())
                    .withLimits(new AuthService.Limits(5, java.time.Duration.ofMinutes(15), java.time.Duration.ofMinutes(1), 1000));
            return new TestServer(clock, ServerApp.create(tweak.apply(cfg)).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in a demo account (cached per server) and returns a client that sends its token. */
    public Http as(String phone) {
        String token = tokens.computeIfAbsent(phone, p -> {
            Http.Resp r = http.post(ApiPaths.SESSIONS, new SignInRequest(p, DemoData.PASSWORD));
            assertEquals(201, r.status(), () -> "sign in " + p + ": " + r);
            return r.as(SessionResponse.class).token();
        });
        return http.as(token);
    }

    @Override
    public void close() {
        app.close();
    }

    // the demo accounts by role
    public static final String WANG = "13900000001";
    public static final String LI = "13900000002";
    public static final String ZHAO = "13900000003";
    public static final String SUN = "13900000004";
    public static final String CARER_ZHANG = "13900000101";
    public static final String CARER_CHEN = "13900000102";
    public static final String VOLUNTEER = "13900000201";
    public static final String VOLUNTEER_PENDING = "13900000202";
    public static final String STAFF_HUZHONG = "13900000301";
    public static final String STAFF_BISHUI = "13900000302";
    public static final String STAFF_HUYUAN = "13900000303";
    public static final String STAFF_HONGWEI = "13900000304";
    public static final String STAFF_DISTRICT = "13900000399";
}
