package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.HealthDto;
import cn.huzhong.care.core.api.HotlineDto;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.TestDatabases;
import cn.huzhong.care.server.support.TestServer;
import com.google.gson.reflect.TypeToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SystemApiTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void health_answersWithoutAuth() {
        Http.Resp r = server.http.get(ApiPaths.HEALTH);
        assertEquals(200, r.status());
        HealthDto h = r.as(HealthDto.class);
        assertEquals("UP", h.status());
        assertEquals(TestDatabases.postgres() ? "postgres" : "sqlite", h.database());
    }

    @Test
    void openApi_isServedAtBothPaths() {
        for (String path : List.of(ApiPaths.OPENAPI, ApiPaths.BASE + ApiPaths.OPENAPI)) {
            Http.Resp r = server.http.send("GET", path, null, Map.of());
            assertEquals(200, r.status());
            assertTrue(r.header("Content-Type").startsWith("application/yaml"));
            assertTrue(r.body().startsWith("openapi: 3."));
            assertTrue(r.body().contains("/api/v1/residents/{residentId}/subsidies:"));
        }
    }

    private static final java.lang.reflect.Type HOTLINES = new TypeToken<List<HotlineDto>>() { }.getType();

    @Test
    void hotlines_publicInBothLanguages_12385HasTheTextChannel() {
        Http.Resp zh = server.http.get(ApiPaths.HOTLINES);
        assertEquals(200, zh.status());
        List<HotlineDto> lines = zh.as(HOTLINES);
        assertEquals(List.of("120", "110", "119", "12385", "12345", "12348", "federation"), lines.stream().map(HotlineDto::id).toList());
        HotlineDto h12385 = lines.get(3);
        assertTrue(h12385.textChannel());
        assertTrue(h12385.name().contains("残疾人服务热线"));
        assertTrue(lines.stream().filter(HotlineDto::emergency).allMatch(HotlineDto::allDay));
        assertTrue(lines.stream().filter(l -> l.id().equals("12345")).findFirst().orElseThrow().allDay(), "12345 is 7×24");
        List<HotlineDto> en = server.http.lang("en").get(ApiPaths.HOTLINES).as(HOTLINES);
        assertTrue(en.get(3).name().startsWith("12385 Disabled Persons"), en.get(3).name());
        assertFalse(en.get(3).handles().isBlank());
    }

    @Test
    void unknownRoute_problemJson404_inTheRequestLanguage() {
        Http.Resp r = server.http.lang("en").sendUnchecked("GET", "/api/v1/nothing-here", null, Map.of());
        assertEquals(404, r.status());
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(r.problem().detail().contains("/api/v1/nothing-here"));
        assertEquals("Not found", r.problem().title());
    }

    @Test
    void apiAnswers_areNotCached() {
        Http.Resp r = server.http.get(ApiPaths.ME);
        assertEquals("no-store", r.header("Cache-Control"));
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
    }
}
