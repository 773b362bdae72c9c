package cn.huzhong.care.app.ui.text;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chinese line breaking after clreq, on a fixed-pitch measure: a Han character or full-width sign 2, anything else 1. */
class LineBreakerTest {
    private static final ToDoubleFunction<String> WIDTH = s -> s.chars()
            .map(c -> c >= 0x2E80 || (c >= 0xFF00 && c <= 0xFFEF) ? 2 : 1).sum();

    private static List<String> lines(String text, double width) {
        return Arrays.asList(LineBreaker.wrap(text, width, WIDTH, false).split("\n"));
    }

    private static List<String> shortLines(String text, double width) {
        return Arrays.asList(LineBreaker.wrap(text, width, WIDTH, true).split("\n"));
    }

    @Test
    void runningChinese_breaksBetweenAnyTwoHanCharacters() {
        assertEquals(List.of("请在月底", "前提交材", "料"), lines("请在月底前提交材料", 8));
        assertEquals(List.of("请在月底前提交材料"), lines("请在月底前提交材料", 18), "it fits: one line");
    }

    @Test
    void aTime_neverBreaksInside_evenWithItsHalfOfTheDay() {
        // "下午2:00" is 4 + 4 = 8 wide: it moves to the next line whole
        assertEquals(List.of("预约时间", "下午2:00", "开始"), lines("预约时间下午2:00开始", 9));
        assertEquals(List.of("时间", "14:00开", "始"), lines("时间14:00开始", 7));
        for (double w = 13; w <= 24; w++) { // from the width of the time span itself
            for (String line : lines("预约时间下午2:00–2:45开始请准时", w)) {
                assertFalse(line.endsWith("下午") || line.endsWith("2:") || line.startsWith(":") || line.startsWith("00"),
                        "width " + w + ": " + line);
            }
        }
    }

    @Test
    void datesAmountsPhonesAndPercentages_neverBreakInside() {
        for (double w = 16; w <= 24; w++) {
            assertTrue(LineBreaker.wrap("请在12月29日（周二）前来", w, WIDTH, false).contains("12月29日（周二）"),
                    "width " + w + ": the date with its weekday stays on one line");
        }
        assertEquals(List.of("每月", "80 元/月"), lines("每月80 元/月", 8));
        assertEquals(List.of("拨打", "13900000001", "咨询"), lines("拨打13900000001咨询", 12));
        assertEquals(List.of("覆盖率", "85 %"), lines("覆盖率85 %", 6));
        assertEquals(List.of("¥1,800.00"), lines("¥1,800.00", 12));
    }

    @Test
    void closingPunctuation_neverStartsALine_openingNeverEndsOne() {
        // 6 wide: "你好世" fits, but the comma must not start the next line, so "世，" goes together
        assertEquals(List.of("你好", "世，再", "见。"), lines("你好世，再见。", 6));
        for (double w = 4; w <= 16; w++) {
            for (String line : lines("请带上（残疾人证）和身份证。谢谢！", w)) {
                assertFalse(line.startsWith("，") || line.startsWith("。") || line.startsWith("）") || line.startsWith("！"),
                        "width " + w + ": a line starts with closing punctuation: " + line);
                assertFalse(line.endsWith("（"), "width " + w + ": a line ends with opening punctuation: " + line);
            }
        }
    }

    @Test
    void aTokenWiderThanTheLine_breaksAtItsSpacesFirst() {
        assertEquals(List.of("Thursday 3", "December"), lines("Thursday 3 December", 12));
    }

    @Test
    void aMiddleDotAfterASpace_staysWithTheWordBeforeIt() {
        for (String line : lines("12385 desk replied · Fri 27 Nov", 18)) {
            assertFalse(line.startsWith("·"), line);
        }
    }

    @Test
    void englishBreaksAtSpaces_andDropsTheSpaceAtTheBreak() {
        assertEquals(List.of("Call 12385", "on working", "days"), lines("Call 12385 on working days", 10));
    }

    @Test
    void shortLabels_breakOnlyAtSpacesOrMarkedPlaces() {
        assertEquals(List.of("预约康复", "和辅具适配"), shortLines("预约康复\u200B和辅具适配", 12));
        assertEquals(List.of("预约康复和辅具适配"), shortLines("预约康复\u200B和辅具适配", 18));
        assertEquals(List.of("给", "周敏", "打电话"), shortLines("给 周敏 打电话", 6));
        assertEquals(List.of("打电话"), shortLines("打电话", 6), "exactly as wide as the line: no break");
    }

    @Test
    void aPieceWiderThanTheLine_isTheOnlyThingBrokenInside_soNothingIsCutOff() {
        assertEquals(List.of("https://ca", "re.huzhong", ".gov.cn"), lines("https://care.huzhong.gov.cn", 10));
        assertEquals(List.of("登录登", "录"), shortLines("登录登录", 6), "a short label that cannot fit at all");
    }

    @Test
    void existingLineEnds_areKept_andTheMarkIsNeverShown() {
        assertEquals(List.of("补贴", "进度"), lines("补贴\n进度", 20));
        assertFalse(LineBreaker.wrap("预约康复\u200B和辅具适配", 100, WIDTH, true).contains("\u200B"));
        assertEquals(LineBreaker.wrap("a", Double.POSITIVE_INFINITY, WIDTH, false), "a");
    }

    @Test
    void widestUnit_isTheWidestPieceThatNeverBreaks() {
        assertEquals(8, LineBreaker.widestUnit("时间下午2:00", WIDTH, false));
        assertEquals(8, LineBreaker.widestUnit("给 周敏打电话", WIDTH, true) - 2, "周敏打电话 is 10");
    }
}
