package cn.huzhong.care.core.validation;

import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidatorsTest {
    private static List<String> codes(Validators v) {
        return v.violations().stream().map(Violation::code).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"13900000001", "139 0000 0001", "139-0000-0001", "19912345678"})
    void mobile_validNumbers_pass(String phone) {
        assertTrue(Validators.start().mobile("phone", phone).ok());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1390000000", "139000000011", "12900000001", "23900000001", "1390000000a", "+8613900000001"})
    void mobile_invalidNumbers_fail(String phone) {
        assertEquals(List.of("phone"), codes(Validators.start().mobile("phone", phone)));
    }

    @Test
    void mobile_missing_isRequired() {
        assertEquals(List.of("required"), codes(Validators.start().mobile("phone", "  ")));
        assertEquals(List.of("required"), codes(Validators.start().mobile("phone", null)));
    }

    @Test
    void newPassword_edges() {
        assertEquals(List.of("passwordTooShort"), codes(Validators.start().newPassword("p", "abc1234")));
        assertTrue(Validators.start().newPassword("p", "abcd1234").ok());
        assertEquals(List.of("passwordDigitsOnly"), codes(Validators.start().newPassword("p", "12345678")));
        assertEquals(List.of("control"), codes(Validators.start().newPassword("p", "secret\u0000pass")),
                "a NUL in a new password: refused, as in any text");
        assertEquals(List.of("control"), codes(Validators.start().newPassword("p", "secret\npass1")));
        assertEquals(List.of(), codes(Validators.start().newPassword("p", "秘密 pass 1")), "spaces and any script are fine");
        assertTrue(Validators.start().newPassword("p", "x".repeat(128)).ok());
        assertEquals(List.of("tooLong"), codes(Validators.start().newPassword("p", "x".repeat(129))));
    }

    @Test
    void text_countsCharactersNotUtf16Units_andTrims() {
        assertTrue(Validators.start().text("t", "😀😀", 2, 2).ok());
        assertEquals(List.of("tooShort"), codes(Validators.start().text("t", "  a  ", 2, 5)));
        assertEquals(List.of("tooLong"), codes(Validators.start().text("t", "abcdef", 1, 5)));
        assertTrue(Validators.start().maxLength("n", null, 3).ok());
        assertEquals(List.of("tooLong"), codes(Validators.start().maxLength("n", "长长长长", 3)));
    }

    @Test
    void certificate_reportsTheReasonAsCode() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertEquals(List.of("certificate.BAD_CHECK_CHARACTER"),
                codes(Validators.start().certificate("c", "11010519491231002141", today)));
        assertTrue(Validators.start().certificate("c", "11010519491231002x41", today).ok());
        String message = Validators.start().certificate("c", "123", today).violations().get(0).message(Lang.EN);
        assertTrue(message.contains("20 characters"), message);
    }

    @Test
    void month_parsesOrReports() {
        Validators v = Validators.start();
        assertEquals(java.time.YearMonth.of(2026, 10), v.month("m", " 2026-10 "));
        assertNull(v.month("m", "2026/10"));
        assertNull(v.month("m", ""));
        assertEquals(List.of("month", "required"), codes(v));
    }

    @Test
    void collectsEveryViolation_thenThrowsThemAll() {
        Validators v = Validators.start().mobile("phone", "1").password("password", "").range("n", 0, 1, 9);
        ValidationException e = assertThrows(ValidationException.class, v::throwIfInvalid);
        assertEquals(List.of("phone", "password", "n"), e.violations().stream().map(Violation::field).toList());
        assertFalse(e.violations().get(2).message(Lang.ZH).isBlank());
    }

    @Test
    void maskPhone_neverShowsTheMiddle() {
        assertEquals("139****0001", Validators.maskPhone("13900000001"));
        assertEquals("***", Validators.maskPhone("123"));
    }
}
