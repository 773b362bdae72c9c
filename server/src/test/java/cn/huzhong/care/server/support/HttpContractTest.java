package cn.huzhong.care.server.support;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract check that every API test relies on can fail: wrong shapes, undocumented statuses. */
class HttpContractTest {
    private static Http.Resp json(int status, String body) {
        return new Http.Resp(status, Map.of("Content-Type", List.of("application/json")), body);
    }

    @Test
    void contractErrors_matchingHotlineList_none() {
        String ok = "[{\"id\":\"12385\",\"number\":\"12385\",\"name\":\"n\",\"handles\":\"h\",\"hours\":\"x\","
                + "\"allDay\":false,\"emergency\":false,\"textChannel\":true,\"demo\":false}]";
        assertTrue(Http.contractErrors("GET", "/api/v1/hotlines", json(200, ok)).isEmpty());
    }

    @Test
    void contractErrors_wrongTypeMissingFieldExtraFieldUndocumentedStatus_allCaught() {
        assertFalse(Http.contractErrors("GET", "/api/v1/hotlines", json(200, "[{\"id\": 1}]")).isEmpty());
        assertFalse(Http.contractErrors("GET", "/health",
                json(200, "{\"status\":\"UP\",\"database\":\"sqlite\",\"version\":\"1\",\"extra\":1}")).isEmpty());
        assertFalse(Http.contractErrors("GET", "/health", json(200, "{\"status\":\"MAYBE\",\"database\":\"sqlite\",\"version\":\"1\"}")).isEmpty());
        assertFalse(Http.contractErrors("GET", "/api/v1/hotlines", json(418, "[]")).isEmpty());
    }
}
