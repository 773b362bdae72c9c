package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An audit entry's before and after in words: names, codes, times, money; anything else shown as recorded. */
class AuditStatesTest {
    final Messages zh = Messages.of(Lang.ZH);
    final Messages en = Messages.of(Lang.EN);

    @Test
    void status_isNamedByItsEntity_theSameCodeDiffersByWhatItBelongsTo() {
        assertEquals("状态：已受理", AuditStates.words("{\"status\":\"ACCEPTED\"}", "service_request", zh));
        assertEquals("状态：待处理", AuditStates.words("{\"status\":\"OPEN\"}", "task_complaint", zh));
        assertEquals("状态：等待办理", AuditStates.words("{\"status\":\"OPEN\"}", "personal_data_case", zh));
        assertEquals("Status: Accepted", AuditStates.words("{\"status\":\"ACCEPTED\"}", "service_request", en));
    }

    @Test
    void timesDatesMoneyAndYesNo_inTheAppsFormats_fieldsJoinedInOrder() {
        String words = AuditStates.words("{\"period\":\"2026-11\",\"paidOn\":\"2026-11-20\",\"amountFen\":8000,"
                + "\"revealed\":true,\"expiresAt\":\"2026-12-01T10:30:02.640220394+08:00\"}", "application", zh);
        assertTrue(words.startsWith("发放月份：" + cn.huzhong.care.core.i18n.Formats.month(java.time.YearMonth.of(2026, 11),
                Lang.ZH) + "；发放日期：" + zh.date(java.time.LocalDate.parse("2026-11-20"))), words);
        assertTrue(words.contains("金额：" + cn.huzhong.care.core.domain.Money.format(8000, Lang.ZH)), words);
        assertTrue(words.contains("查看完整证号：是"), words);
        assertTrue(words.endsWith("有效期至：" + zh.dateTime(java.time.Instant.parse("2026-12-01T02:30:02.640220394Z"))),
                words);
        assertFalse(words.contains("T10:30"), "no machine timestamp: " + words);
    }

    @Test
    void listsRolesRelationshipsAndNulls() {
        assertEquals("关系：母亲；身份：家属", AuditStates.words("{\"relationship\":\"MOTHER\",\"role\":\"CARER\"}",
                "carer_link", zh));
        assertEquals("服务的镇：呼中镇，碧水镇", AuditStates.words("{\"towns\":[\"HUZHONG\",\"BISHUI\"]}", "account", zh));
        assertEquals("类型：SOMETHING_NEW", AuditStates.words("{\"type\":\"SOMETHING_NEW\"}", "account", zh),
                "a code the app has no words for stays as recorded");
        assertEquals("原因：无", AuditStates.words("{\"reason\":null}", "account", zh));
    }

    @Test
    void whatIsNotAnObject_isShownAsRecorded() {
        assertEquals("not json {", AuditStates.words("not json {", "account", zh));
        assertEquals("[1,2]", AuditStates.words("[1,2]", "account", zh));
        assertEquals("无", AuditStates.words("{}", "account", zh));
        assertEquals("mystery: 42", AuditStates.words("{\"mystery\":42}", "account", en), "an unknown field keeps its name");
    }
}
