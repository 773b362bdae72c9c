package cn.huzhong.care.server;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerConfigTest {
    @Test
    void defaults_loopbackPort8080SqliteInDataDir() {
        ServerConfig c = ServerConfig.from(Map.of(), new String[0]);
        assertEquals("127.0.0.1", c.bindAddress());
        assertEquals(8080, c.port());
        assertEquals("jdbc:sqlite:" + Path.of("data").toAbsolutePath().normalize().resolve("huzhong-care.db"), c.databaseUrl());
        assertFalse(c.demo());
        assertEquals(Duration.ofDays(30), c.sessionTtl());
    }

    @Test
    void environment_thenArgumentsWin() {
        ServerConfig c = ServerConfig.from(Map.of("HUZHONG_PORT", "9000", "HUZHONG_BIND", "0.0.0.0", "HUZHONG_DEMO", "true",
                        "HUZHONG_DB_URL", "jdbc:postgresql://db:5432/care", "HUZHONG_DB_PASSWORD", "s3cret"),
                new String[]{"--port=9100", "--db-user=care", "--policy=LIVING_SUBSIDY_NEAR_DIBAO=on"});
        assertEquals(9100, c.port());
        assertEquals("0.0.0.0", c.bindAddress());
        assertTrue(c.demo());
        assertEquals("care", c.databaseUser());
        assertEquals("s3cret", c.databasePassword());
        assertEquals("LIVING_SUBSIDY_NEAR_DIBAO=on", c.policyOverrides());
    }

    @Test
    void badArguments_explainThemselves() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.from(Map.of(), new String[]{"--prot=1"}));
        assertTrue(unknown.getMessage().contains("--prot=1") && unknown.getMessage().contains("--port=PORT"));
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.from(Map.of(), new String[]{"--port=eighty"}));
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.from(Map.of(), new String[]{"--port=70000"}));
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.from(Map.of(), new String[]{"--db-url="}));
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.from(Map.of("HUZHONG_SESSION_DAYS", "0"), new String[0]));
    }

    @Test
    void safeDatabaseUrl_hidesPasswords() {
        ServerConfig c = ServerConfig.from(Map.of("HUZHONG_DB_URL", "jdbc:postgresql://h/db?user=a&password=hunter2"), new String[0]);
        assertFalse(c.safeDatabaseUrl().contains("hunter2"));
    }

    @Test
    void unsupportedDatabase_isRefusedClearly() {
        ServerConfig c = ServerConfig.from(Map.of("HUZHONG_DB_URL", "jdbc:mysql://h/db"), new String[0]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerApp.create(c));
        assertTrue(e.getMessage().contains("jdbc:sqlite:"), e.getMessage());
    }

    @Test
    void toString_neverShowsTheDatabasePassword() {
        ServerConfig c = ServerConfig.from(Map.of("HUZHONG_DB_URL", "jdbc:postgresql://db:5432/care?password=hunter3",
                "HUZHONG_DB_USER", "care", "HUZHONG_DB_PASSWORD", "s3cret-Passw0rd"), new String[0]);
        String text = c.toString();
        assertFalse(text.contains("s3cret-Passw0rd"), text);
        assertFalse(text.contains("hunter3"), text);
        assertTrue(text.contains("databasePassword=***") && text.contains("care"), text);
        assertTrue(ServerConfig.from(Map.of(), new String[0]).toString().contains("databasePassword=(none)"));
    }

    @Test
    void trustedProxies_aNumberOrTrue_andMetricsPortAndBind() {
        assertEquals(0, ServerConfig.from(Map.of(), new String[0]).trustedProxies());
        assertEquals(1, ServerConfig.from(Map.of("HUZHONG_TRUST_PROXY", "true"), new String[0]).trustedProxies());
        assertEquals(2, ServerConfig.from(Map.of("HUZHONG_TRUST_PROXY", "2"), new String[0]).trustedProxies());
        assertEquals(1, ServerConfig.from(Map.of(), new String[]{"--trust-proxy"}).trustedProxies());
        assertEquals(3, ServerConfig.from(Map.of("HUZHONG_TRUST_PROXY", "off"), new String[]{"--trust-proxy=3"}).trustedProxies());
        assertEquals(0, ServerConfig.from(Map.of("HUZHONG_TRUST_PROXY", "off"), new String[0]).trustedProxies());
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.from(Map.of("HUZHONG_TRUST_PROXY", "maybe"), new String[0]));
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.from(Map.of(), new String[]{"--trust-proxy=11"}));

        ServerConfig off = ServerConfig.from(Map.of(), new String[0]);
        assertEquals(null, off.metricsPort(), "metrics are off unless a port is given");
        ServerConfig on = ServerConfig.from(Map.of("HUZHONG_METRICS_PORT", "9464"), new String[0]);
        assertEquals(9464, on.metricsPort());
        assertEquals("127.0.0.1", on.metricsBind(), "never public by default");
        assertEquals("10.0.0.5", ServerConfig.from(Map.of(), new String[]{"--metrics-port=0", "--metrics-bind=10.0.0.5"}).metricsBind());
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.from(Map.of(), new String[]{"--metrics-port=x"}));
    }
}
