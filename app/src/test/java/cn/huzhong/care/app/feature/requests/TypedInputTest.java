package cn.huzhong.care.app.feature.requests;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypedInputTest {
    @Test
    void dates_inTheWaysPeopleWriteThem() {
        LocalDate d = LocalDate.of(2026, 3, 5);
        for (String s : new String[]{"2026-03-05", "2026-3-5", "2026/3/5", "2026.3.5", "2026年3月5日", "2026年3月5", "２０２６年３月５日"}) {
            assertEquals(Optional.of(d), TypedInput.date(s), s);
        }
        for (String s : new String[]{"", "3月5日", "2026-13-01", "2026-02-29", "二〇二六年三月五日"}) {
            assertTrue(TypedInput.date(s).isEmpty(), s);
        }
    }

    @Test
    void numbers_wholeOnly_fullWidthToo() {
        assertEquals(Optional.of(14), TypedInput.number(" １４ "));
        assertTrue(TypedInput.number("1.5").isEmpty());
        assertTrue(TypedInput.number("-1").isEmpty());
        assertTrue(TypedInput.blank("\u3000 "));
    }
}
