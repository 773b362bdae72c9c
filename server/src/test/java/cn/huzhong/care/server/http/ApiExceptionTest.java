package cn.huzhong.care.server.http;

import cn.huzhong.care.core.api.ApiProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ApiExceptionTest {
    @ParameterizedTest
    @CsvSource({
            "problem.slotFull.detail, slot-full",
            "problem.idempotencyInFlight.detail, " + ApiProblem.IDEMPOTENCY_IN_FLIGHT,
            "problem.alreadyApplied.detail, already-applied",
            "problem.cancelTooLate.detail, cancel-too-late",
    })
    void conflict_typeNamesTheConflict(String key, String type) {
        assertEquals(type, ApiException.conflict(key).type());
        assertEquals(409, ApiException.conflict(key).status());
    }
}
