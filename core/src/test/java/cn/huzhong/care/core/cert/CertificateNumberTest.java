package cn.huzhong.care.core.cert;

import cn.huzhong.care.core.cert.CertificateNumberException.Reason;
import cn.huzhong.care.core.domain.DisabilityCategory;
import cn.huzhong.care.core.domain.DisabilityLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import java.time.LocalDate;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Vectors: the check characters were computed outside this code base (GB 11643-1999 weights 7 9 10 5 8 4 2 1 6 3
 * 7 9 10 5 8 4 2, mod 11 → 1 0 X 9 8 7 6 5 4 3 2). 11010519491231002X and 440524188001010014 are the examples
 * printed in the standard.
 */
class CertificateNumberTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static Reason reasonOf(String input) {
        return assertThrows(CertificateNumberException.class, () -> CertificateNumber.parse(input, TODAY)).reason();
    }

    @Test
    void parse_standardExampleWithX_derivesEverything() {
        CertificateNumber n = CertificateNumber.parse("11010519491231002X41", TODAY);
        assertEquals("11010519491231002X", n.residentId());
        assertEquals(LocalDate.of(1949, 12, 31), n.birthDate());
        assertEquals(DisabilityCategory.PHYSICAL, n.category());
        assertEquals(DisabilityLevel.LEVEL_1, n.level());
        assertEquals("110105", n.areaCode());
    }

    @Test
    void checkCharacter_standardExamples() {
        assertEquals('X', CertificateNumber.checkCharacter("11010519491231002"));
        assertEquals('4', CertificateNumber.checkCharacter("44052418800101001"));
    }

    @Test
    void parse_standardExampleBornIn1880_hasAValidCheckButNoLivingHolder() {
        // the standard's second example is born in 1880: right check character, impossible for a holder today
        assertEquals(Reason.BAD_BIRTH_DATE, reasonOf("44052418800101001472"));
    }

    @Test
    void ageOn_dayBeforeAndOnBirthday_changesExactlyOnBirthday() {
        CertificateNumber n = CertificateNumber.parse("11010519491231002X41", TODAY);
        assertEquals(76, n.ageOn(LocalDate.of(2026, 12, 30)));
        assertEquals(77, n.ageOn(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void ageOn_leapDayBirth_turnsOlderOnFirstMarch() {
        CertificateNumber n = CertificateNumber.parse("23276420000229123761", TODAY);
        assertEquals(LocalDate.of(2000, 2, 29), n.birthDate());
        assertEquals(22, n.ageOn(LocalDate.of(2023, 2, 28)));
        assertEquals(23, n.ageOn(LocalDate.of(2023, 3, 1)));
    }

    @Test
    void parse_lowerCaseXAndSpaces_areNormalised() {
        CertificateNumber n = CertificateNumber.parse(" 110105 19491231 002x 4 1 ", TODAY);
        assertEquals("11010519491231002X41", n.value());
    }

    @Test
    void parse_wrongCheckCharacter_isRejected() {
        assertEquals(Reason.BAD_CHECK_CHARACTER, reasonOf("11010519491231002141"));
        assertEquals(Reason.BAD_CHECK_CHARACTER, reasonOf("23276419850615031X41"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // 30 February, 1900 is not a leap year, 2023 is not a leap year, month 13, day 32
            "23276419490230001042, BAD_BIRTH_DATE",
            "23276419000229123041, BAD_BIRTH_DATE",
            "23276420230229123841, BAD_BIRTH_DATE",
            "23276419851315031341, BAD_BIRTH_DATE",
            "23276419850632031041, BAD_BIRTH_DATE",
            // before 1900, and tomorrow
            "23276418991231001741, BAD_BIRTH_DATE",
            "23276420261129001X41, BAD_BIRTH_DATE",
    })
    void parse_impossibleBirthDates_areRejected(String input, Reason reason) {
        assertEquals(reason, reasonOf(input));
    }

    @Test
    void parse_birthDateEdges_firstDayOf1900AndTodayAreValid() {
        assertTrue(CertificateNumber.isValid("23276419000101001141", TODAY));
        assertTrue(CertificateNumber.isValid("23276420261128001441", TODAY));
        assertTrue(CertificateNumber.isValid("23276419800229123741", TODAY), "1980 was a leap year");
    }

    @ParameterizedTest
    @CsvSource({
            "1101051949123100241, WRONG_LENGTH",
            "11010519491231002X411, WRONG_LENGTH",
            "11010519491231002X, WRONG_LENGTH",
            "1101051949123100X241, BAD_CHARACTER",
            "11010519491231002X4A, BAD_CHARACTER",
            "11010519491231002XX1, BAD_CHARACTER",
            "00276419850615031241, BAD_AREA_CODE",
            "11010519491231002X01, BAD_CATEGORY",
            "11010519491231002X81, BAD_CATEGORY",
            "11010519491231002X91, BAD_CATEGORY",
            "11010519491231002X40, BAD_LEVEL",
            "11010519491231002X45, BAD_LEVEL",
    })
    void parse_malformed_isRejectedWithReason(String input, Reason reason) {
        assertEquals(reason, reasonOf(input));
    }

    @Test
    void parse_everyCategoryAndLevelEdge_isAccepted() {
        for (int c = 1; c <= 7; c++) {
            for (int l = 1; l <= 4; l++) {
                CertificateNumber n = CertificateNumber.parse("11010519491231002X" + c + l, TODAY);
                assertEquals(c, n.category().code());
                assertEquals(l, n.level().code());
            }
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    void parse_missing_isEmpty(String input) {
        assertEquals(Reason.EMPTY, reasonOf(input));
    }

    @Test
    void masked_hidesBirthDateCategoryAndLevel() {
        CertificateNumber n = CertificateNumber.parse("23276419850615031541", TODAY);
        assertEquals("232764********0315**", n.masked());
        assertEquals(n.masked(), n.toString(), "toString never prints the full number");
        assertFalse(n.masked().contains("19850615"));
    }

    @Test
    void mask_malformedStoredValue_stillHidesMost() {
        assertEquals("2327********", CertificateNumber.mask("232764198506"));
        assertEquals("****", CertificateNumber.mask("232764198"));
        assertEquals("****", CertificateNumber.mask(null));
    }

    @Test
    void of_roundTripsAndEverySingleDigitErrorIsCaught() {
        Random random = new Random(20261128L);
        for (int i = 0; i < 2_000; i++) {
            LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(30_000));
            String body = "232764" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
            DisabilityCategory cat = DisabilityCategory.values()[random.nextInt(7)];
            DisabilityLevel lvl = DisabilityLevel.values()[random.nextInt(4)];
            CertificateNumber n = CertificateNumber.of(body, cat, lvl);
            assertEquals(n, CertificateNumber.parse(n.value(), TODAY));
            assertEquals(birth, n.birthDate());

            // change one digit of the sequence number: GB 11643 detects every single-digit error
            int pos = 14 + random.nextInt(3);
            char old = n.value().charAt(pos);
            char changed = (char) ('0' + ((old - '0' + 1 + random.nextInt(9)) % 10));
            String mutated = n.value().substring(0, pos) + changed + n.value().substring(pos + 1);
            assertEquals(Reason.BAD_CHECK_CHARACTER, reasonOf(mutated), mutated);
        }
    }
}
