package cn.huzhong.care.core.policy;

import cn.huzhong.care.core.domain.BenefitKind;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyTableTest {
    private static final String ROW = """
            {"kind": "LIVING_SUBSIDY", "name": {"zh": "生活补贴", "en": "Living"},
             "description": {"zh": "说明", "en": "About"}, "amountFen": %d, "period": "MONTHLY",
             "effectiveFrom": "%s" %s,
             "clauses": [{"householdIncome": ["DIBAO"], "reason": {"zh": "因为", "en": "because"}}]}
            """;

    private static String row(long fen, String from, String to) {
        return ROW.formatted(fen, from, to == null ? "" : ", \"effectiveTo\": \"" + to + "\"");
    }

    private static PolicyTable table(String... rows) {
        return PolicyTable.load(new StringReader("{\"version\": \"t\", \"benefits\": [" + String.join(",", rows) + "]}"));
    }

    @Test
    void standard_coversEveryBenefitKindToday() {
        Set<BenefitKind> kinds = PolicyTable.standard().inForceOn(LocalDate.of(2026, 11, 28)).stream()
                .map(Benefit::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(BenefitKind.class)));
        assertEquals(EnumSet.allOf(BenefitKind.class), kinds);
    }

    @Test
    void yearlyChange_isADataChange_theRowInForceIsChosenByDate() {
        PolicyTable t = table(row(8000, "2016-01-01", "2027-01-01"), row(9000, "2027-01-01", null));
        assertEquals(8000, t.benefit(BenefitKind.LIVING_SUBSIDY, LocalDate.of(2026, 12, 31)).orElseThrow().amountFen());
        assertEquals(9000, t.benefit(BenefitKind.LIVING_SUBSIDY, LocalDate.of(2027, 1, 1)).orElseThrow().amountFen());
        assertTrue(t.benefit(BenefitKind.LIVING_SUBSIDY, LocalDate.of(2015, 12, 31)).isEmpty());
    }

    @Test
    void overlappingRowsOfOneKind_areRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> table(row(8000, "2016-01-01", "2027-01-02"), row(9000, "2027-01-01", null)));
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> table(row(8000, "2016-01-01", null), row(9000, "2027-01-01", null)));
    }

    @Test
    void brokenRows_areRefusedWithTheReason() {
        assertThrows(IllegalArgumentException.class, () -> table(row(-1, "2016-01-01", null)));
        assertThrows(IllegalArgumentException.class, () -> table(row(1, "2016-01-01", "2016-01-01")));
        assertThrows(IllegalArgumentException.class, () -> PolicyTable.load(new StringReader("{\"benefits\": []}")));
        assertThrows(IllegalArgumentException.class, () -> PolicyTable.load(new StringReader("{not json")));
        String noReason = row(1, "2016-01-01", null).replace(", \"reason\": {\"zh\": \"因为\", \"en\": \"because\"}", "");
        assertThrows(IllegalArgumentException.class, () -> table(noReason));
        String badLevel = row(1, "2016-01-01", null).replace("\"householdIncome\": [\"DIBAO\"]", "\"levels\": [5]");
        assertThrows(IllegalArgumentException.class, () -> table(badLevel));
    }

    @Test
    void switchOverrides_parseAndRejectTypos() {
        PolicySwitches s = PolicyTable.standard().defaultSwitches()
                .withOverrides("living_subsidy_near_dibao=on, NURSING_LEVEL3_INTELLECTUAL_MENTAL=off");
        assertTrue(s.isOn(PolicySwitch.LIVING_SUBSIDY_NEAR_DIBAO));
        assertFalse(s.isOn(PolicySwitch.NURSING_LEVEL3_INTELLECTUAL_MENTAL));
        assertThrows(IllegalArgumentException.class, () -> s.withOverrides("NURSING_LEVEL9=on"));
        assertThrows(IllegalArgumentException.class, () -> s.withOverrides("LIVING_SUBSIDY_NEAR_DIBAO=maybe"));
        assertThrows(IllegalArgumentException.class, () -> s.withOverrides("LIVING_SUBSIDY_NEAR_DIBAO"));
    }
}
