package cn.huzhong.care.core.domain;

import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.api.TimelineEntry;
import cn.huzhong.care.core.i18n.Formats;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.time.Dates;
import com.google.gson.JsonSyntaxException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmallThingsTest {
    @Test
    void addWorkingDays_skipsWeekends() {
        LocalDate friday = LocalDate.of(2026, 11, 20);
        assertEquals(LocalDate.of(2026, 11, 23), Dates.addWorkingDays(friday, 1));
        assertEquals(LocalDate.of(2026, 11, 27), Dates.addWorkingDays(friday, 5));
        LocalDate saturday = LocalDate.of(2026, 11, 21);
        assertEquals(LocalDate.of(2026, 11, 27), Dates.addWorkingDays(saturday, 5));
        assertEquals(saturday, Dates.addWorkingDays(saturday, 0));
        assertThrows(IllegalArgumentException.class, () -> Dates.addWorkingDays(saturday, -1));
    }

    @Test
    void money_formatsFenInBothLanguages() {
        assertEquals("80.00 元", Money.format(8000, Lang.ZH));
        assertEquals("¥1,800.00", Money.format(180000, Lang.EN));
        assertEquals("0.05 元", Money.format(5, Lang.ZH));
        assertEquals("-¥1.00", Money.format(-100, Lang.EN));
        assertEquals("¥999.99", Money.format(99_999, Lang.EN));
        assertEquals("¥1,000,000.00", Money.format(100_000_000, Lang.EN));
        assertEquals("12,345,678.90 元", Money.format(1_234_567_890, Lang.ZH));
        assertEquals("0.00 元", Money.format(0, Lang.ZH));
    }

    @Test
    void formats_readAloudDates() {
        assertEquals("2026年12月5日", Formats.date(LocalDate.of(2026, 12, 5), Lang.ZH));
        assertEquals("5 December 2026", Formats.date(LocalDate.of(2026, 12, 5), Lang.EN));
        assertEquals("2026年10月", Formats.month(YearMonth.of(2026, 10), Lang.ZH));
    }

    @Test
    void json_timesAlwaysHaveSecondsAndOffset() {
        OffsetDateTime t = OffsetDateTime.of(2026, 11, 28, 20, 47, 0, 0, ZoneOffset.ofHours(8));
        TimelineEntry e = new TimelineEntry(ApplicationStep.PAYING, "t", "DONE", t, LocalDate.of(2026, 12, 1), null, null);
        String json = Json.gson().toJson(e);
        assertTrue(json.contains("\"at\":\"2026-11-28T20:47:00+08:00\""), json);
        assertTrue(json.contains("\"expectedBy\":\"2026-12-01\""), json);
        assertTrue(!json.contains("note"), "nulls are left out: " + json);
        assertEquals(e, Json.gson().fromJson(json, TimelineEntry.class));
    }

    @Test
    void json_unknownEnum_nullForResponsesButAnErrorForRequests() {
        String json = "{\"id\":1,\"residentId\":2,\"kind\":\"NEW_BENEFIT\",\"step\":\"PAYING\",\"amountFen\":1}";
        assertNull(Json.gson().fromJson(json, SubsidySummary.class).kind(), "an older app survives a newer server");
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> Json.requestGson().fromJson(json, SubsidySummary.class));
        assertTrue(e.getMessage().contains("NEW_BENEFIT") && e.getMessage().contains("$.kind"), e.getMessage());
    }

    @Test
    void json_badDate_isASyntaxErrorWithPath() {
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class,
                () -> Json.gson().fromJson("{\"step\":\"PAYING\",\"expectedBy\":\"tomorrow\"}", TimelineEntry.class));
        assertTrue(e.getMessage().contains("expectedBy"), e.getMessage());
    }

    @Test
    void applicationStep_pathAndTransitions() {
        assertEquals(ApplicationStep.TOWN_REVIEW, ApplicationStep.SUBMITTED.next().orElseThrow());
        assertTrue(ApplicationStep.PAYING.next().isEmpty());
        assertTrue(ApplicationStep.REJECTED.next().isEmpty());
        assertTrue(ApplicationStep.PUBLIC_NOTICE.inReview());
        assertTrue(!ApplicationStep.PAYING.inReview());
        assertTrue(ApplicationStep.TOWN_REVIEW.townStep() && !ApplicationStep.FEDERATION_REVIEW.townStep());
    }
}
