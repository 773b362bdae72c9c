package cn.huzhong.care.core.policy;

import cn.huzhong.care.core.cert.CertificateNumber;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.DisabilityCategory;
import cn.huzhong.care.core.domain.DisabilityLevel;
import cn.huzhong.care.core.domain.HouseholdIncome;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static cn.huzhong.care.core.domain.BenefitKind.CHILD_REHABILITATION_AID;
import static cn.huzhong.care.core.domain.BenefitKind.HOME_MODIFICATION;
import static cn.huzhong.care.core.domain.BenefitKind.LIVING_SUBSIDY;
import static cn.huzhong.care.core.domain.BenefitKind.MULTI_DISABLED_HOUSEHOLD;
import static cn.huzhong.care.core.domain.BenefitKind.NURSING_SUBSIDY;
import static cn.huzhong.care.core.domain.BenefitKind.OUT_OF_AREA_REHAB_ALLOWANCE;
import static cn.huzhong.care.core.domain.BenefitKind.SUPPORTED_LIVING;
import static cn.huzhong.care.core.domain.DisabilityCategory.HEARING;
import static cn.huzhong.care.core.domain.DisabilityCategory.INTELLECTUAL;
import static cn.huzhong.care.core.domain.DisabilityCategory.MENTAL;
import static cn.huzhong.care.core.domain.DisabilityCategory.PHYSICAL;
import static cn.huzhong.care.core.domain.DisabilityCategory.VISION;
import static cn.huzhong.care.core.domain.DisabilityLevel.LEVEL_1;
import static cn.huzhong.care.core.domain.DisabilityLevel.LEVEL_2;
import static cn.huzhong.care.core.domain.DisabilityLevel.LEVEL_3;
import static cn.huzhong.care.core.domain.DisabilityLevel.LEVEL_4;
import static cn.huzhong.care.core.domain.HouseholdIncome.DIBAO;
import static cn.huzhong.care.core.domain.HouseholdIncome.NEAR_DIBAO;
import static cn.huzhong.care.core.domain.HouseholdIncome.REGULAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenefitFinderTest {
    private static final LocalDate ON = LocalDate.of(2026, 11, 28);
    private static final PolicyTable TABLE = PolicyTable.standard();
    private static final BenefitFinder DEFAULT = new BenefitFinder(TABLE, TABLE.defaultSwitches());

    /** A person born {@code birth}, with a certificate of the category and level. */
    static PersonRecord person(LocalDate birth, DisabilityCategory c, DisabilityLevel l, HouseholdIncome income,
                               int disabledInHousehold, int trainingMonths) {
        String body = "232764" + birth.toString().replace("-", "") + "012";
        return new PersonRecord(CertificateNumber.of(body, c, l), income, disabledInHousehold, trainingMonths);
    }

    static PersonRecord adult(DisabilityCategory c, DisabilityLevel l, HouseholdIncome income) {
        return person(LocalDate.of(1970, 5, 1), c, l, income, 1, 0);
    }

    static PersonRecord aged(int years, DisabilityCategory c, DisabilityLevel l) {
        // the birthday is the judging day itself: the person has just turned `years`
        return person(ON.minusYears(years), c, l, REGULAR, 1, 0);
    }

    private static boolean finds(BenefitFinder finder, PersonRecord p, BenefitKind kind) {
        return finder.find(p, Set.of(), ON).stream().anyMatch(m -> m.benefit().kind() == kind);
    }

    private static boolean finds(PersonRecord p, BenefitKind kind) {
        return finds(DEFAULT, p, kind);
    }

    @Test
    void standardTable_defaultSwitches_followThePlan() {
        PolicySwitches s = TABLE.defaultSwitches();
        assertTrue(s.isOn(PolicySwitch.NURSING_LEVEL3_INTELLECTUAL_MENTAL));
        assertFalse(s.isOn(PolicySwitch.NURSING_LEVEL4_INTELLECTUAL_MENTAL));
        assertFalse(s.isOn(PolicySwitch.LIVING_SUBSIDY_NEAR_DIBAO));
    }

    @Nested
    class LivingSubsidy {
        @Test
        void dibaoHousehold_qualifies() {
            assertTrue(finds(adult(HEARING, LEVEL_4, DIBAO), LIVING_SUBSIDY));
        }

        @Test
        void regularHousehold_doesNot() {
            assertFalse(finds(adult(HEARING, LEVEL_1, REGULAR), LIVING_SUBSIDY));
        }

        @Test
        void nearDibao_onlyWhenTheExtensionIsSwitchedOn() {
            PersonRecord p = adult(VISION, LEVEL_3, NEAR_DIBAO);
            assertFalse(finds(p, LIVING_SUBSIDY));
            BenefitFinder extended = new BenefitFinder(TABLE,
                    TABLE.defaultSwitches().with(PolicySwitch.LIVING_SUBSIDY_NEAR_DIBAO, true));
            assertTrue(finds(extended, p, LIVING_SUBSIDY));
        }

        @Test
        void amount_isHeilongjiangMinimumEightyYuanMonthly() {
            Benefit b = TABLE.benefit(LIVING_SUBSIDY, ON).orElseThrow();
            assertEquals(8000, b.amountFen());
        }
    }

    @Nested
    class NursingSubsidy {
        @Test
        void levelsOneAndTwo_qualifyInEveryCategory() {
            for (DisabilityCategory c : DisabilityCategory.values()) {
                assertTrue(finds(adult(c, LEVEL_1, REGULAR), NURSING_SUBSIDY), c + " level 1");
                assertTrue(finds(adult(c, LEVEL_2, REGULAR), NURSING_SUBSIDY), c + " level 2");
            }
        }

        @Test
        void levelThree_onlyIntellectualAndMental() {
            assertTrue(finds(adult(INTELLECTUAL, LEVEL_3, REGULAR), NURSING_SUBSIDY));
            assertTrue(finds(adult(MENTAL, LEVEL_3, REGULAR), NURSING_SUBSIDY));
            assertFalse(finds(adult(PHYSICAL, LEVEL_3, REGULAR), NURSING_SUBSIDY));
            assertFalse(finds(adult(DisabilityCategory.MULTIPLE, LEVEL_3, REGULAR), NURSING_SUBSIDY));
        }

        @Test
        void levelThreeExtension_switchedOff_removesIt() {
            BenefitFinder off = new BenefitFinder(TABLE,
                    TABLE.defaultSwitches().with(PolicySwitch.NURSING_LEVEL3_INTELLECTUAL_MENTAL, false));
            assertFalse(finds(off, adult(INTELLECTUAL, LEVEL_3, REGULAR), NURSING_SUBSIDY));
            assertTrue(finds(off, adult(INTELLECTUAL, LEVEL_2, REGULAR), NURSING_SUBSIDY));
        }

        @Test
        void levelFour_isTheLaterSwitch() {
            PersonRecord p = adult(MENTAL, LEVEL_4, REGULAR);
            assertFalse(finds(p, NURSING_SUBSIDY));
            BenefitFinder later = new BenefitFinder(TABLE,
                    TABLE.defaultSwitches().with(PolicySwitch.NURSING_LEVEL4_INTELLECTUAL_MENTAL, true));
            assertTrue(finds(later, p, NURSING_SUBSIDY));
            assertFalse(finds(later, adult(VISION, LEVEL_4, REGULAR), NURSING_SUBSIDY));
        }

        @Test
        void reason_namesTheLevelInPlainWords() {
            BenefitMatch m = DEFAULT.find(adult(PHYSICAL, LEVEL_2, REGULAR), Set.of(), ON).stream()
                    .filter(x -> x.benefit().kind() == NURSING_SUBSIDY).findFirst().orElseThrow();
            assertTrue(m.reason().zh().contains("二级"), m.reason().zh());
            assertTrue(m.reason().en().contains("level 2"), m.reason().en());
        }
    }

    @Nested
    class MultiDisabledHousehold {
        @Test
        void needyHouseholdWithTwoMembers_qualifies() {
            assertTrue(finds(person(LocalDate.of(1960, 1, 1), VISION, LEVEL_4, DIBAO, 2, 0), MULTI_DISABLED_HOUSEHOLD));
            assertTrue(finds(person(LocalDate.of(1960, 1, 1), VISION, LEVEL_4, NEAR_DIBAO, 3, 0), MULTI_DISABLED_HOUSEHOLD));
        }

        @Test
        void oneMemberOrRegularHousehold_doesNot() {
            assertFalse(finds(person(LocalDate.of(1960, 1, 1), VISION, LEVEL_1, DIBAO, 1, 0), MULTI_DISABLED_HOUSEHOLD));
            assertFalse(finds(person(LocalDate.of(1960, 1, 1), VISION, LEVEL_1, REGULAR, 4, 0), MULTI_DISABLED_HOUSEHOLD));
        }

        @Test
        void amount_wasRaisedFrom1200To1800OnTheEffectiveDate() {
            assertEquals(120000, TABLE.benefit(MULTI_DISABLED_HOUSEHOLD, LocalDate.of(2021, 12, 31)).orElseThrow().amountFen());
            assertEquals(180000, TABLE.benefit(MULTI_DISABLED_HOUSEHOLD, LocalDate.of(2022, 1, 1)).orElseThrow().amountFen());
        }
    }

    @Nested
    class OutOfAreaRehabAllowance {
        @Test
        void childWithTenMonths_qualifies_nineDoesNot() {
            assertTrue(finds(person(ON.minusYears(10), INTELLECTUAL, LEVEL_3, REGULAR, 1, 10), OUT_OF_AREA_REHAB_ALLOWANCE));
            assertFalse(finds(person(ON.minusYears(10), INTELLECTUAL, LEVEL_3, REGULAR, 1, 9), OUT_OF_AREA_REHAB_ALLOWANCE));
        }

        @Test
        void ageFourteen_qualifies_fifteenDoesNot() {
            assertTrue(finds(person(ON.minusYears(15).plusDays(1), HEARING, LEVEL_2, REGULAR, 1, 12), OUT_OF_AREA_REHAB_ALLOWANCE));
            assertFalse(finds(person(ON.minusYears(15), HEARING, LEVEL_2, REGULAR, 1, 12), OUT_OF_AREA_REHAB_ALLOWANCE));
        }

        @Test
        void amount_isFiveThousandYuanAYear() {
            assertEquals(500000, TABLE.benefit(OUT_OF_AREA_REHAB_ALLOWANCE, ON).orElseThrow().amountFen());
        }
    }

    @Nested
    class ChildRehabilitationAid {
        @Test
        void zeroToFourteen_qualify() {
            assertTrue(finds(person(ON, HEARING, LEVEL_1, REGULAR, 1, 0), CHILD_REHABILITATION_AID), "born today, age 0");
            assertTrue(finds(person(ON.minusYears(15).plusDays(1), HEARING, LEVEL_1, REGULAR, 1, 0), CHILD_REHABILITATION_AID), "day before 15th birthday");
            assertFalse(finds(aged(15, HEARING, LEVEL_1), CHILD_REHABILITATION_AID), "on 15th birthday");
        }

        @Test
        void beforeThePlan_theRangeWasZeroToEight() {
            PersonRecord nine = person(LocalDate.of(2012, 6, 1), PHYSICAL, LEVEL_2, REGULAR, 1, 0);
            assertFalse(DEFAULT.find(nine, Set.of(), LocalDate.of(2021, 12, 31)).stream()
                    .anyMatch(m -> m.benefit().kind() == CHILD_REHABILITATION_AID));
            assertTrue(DEFAULT.find(nine, Set.of(), LocalDate.of(2022, 1, 1)).stream()
                    .anyMatch(m -> m.benefit().kind() == CHILD_REHABILITATION_AID));
        }
    }

    @Nested
    class SupportedLiving {
        @Test
        void ageSixteenToFiftyNine_intellectualOrMental() {
            assertTrue(finds(aged(16, INTELLECTUAL, LEVEL_4), SUPPORTED_LIVING));
            assertFalse(finds(person(ON.minusYears(16).plusDays(1), INTELLECTUAL, LEVEL_4, REGULAR, 1, 0), SUPPORTED_LIVING), "still 15");
            assertTrue(finds(person(ON.minusYears(60).plusDays(1), MENTAL, LEVEL_3, REGULAR, 1, 0), SUPPORTED_LIVING), "59");
            assertFalse(finds(aged(60, MENTAL, LEVEL_3), SUPPORTED_LIVING), "60");
        }

        @Test
        void physical_onlyWhenSevere() {
            assertTrue(finds(aged(30, PHYSICAL, LEVEL_2), SUPPORTED_LIVING));
            assertFalse(finds(aged(30, PHYSICAL, LEVEL_3), SUPPORTED_LIVING));
            assertFalse(finds(aged(30, VISION, LEVEL_1), SUPPORTED_LIVING));
        }
    }

    @Nested
    class HomeModification {
        @Test
        void needyAndSevere_qualifies() {
            assertTrue(finds(adult(PHYSICAL, LEVEL_2, DIBAO), HOME_MODIFICATION));
            assertTrue(finds(adult(VISION, LEVEL_1, NEAR_DIBAO), HOME_MODIFICATION));
        }

        @Test
        void notNeedyOrNotSevere_doesNot() {
            assertFalse(finds(adult(PHYSICAL, LEVEL_1, REGULAR), HOME_MODIFICATION));
            assertFalse(finds(adult(PHYSICAL, LEVEL_3, DIBAO), HOME_MODIFICATION));
        }
    }

    @Test
    void find_skipsWhatThePersonAlreadyHas() {
        PersonRecord p = adult(PHYSICAL, LEVEL_1, DIBAO);
        List<BenefitMatch> all = DEFAULT.find(p, Set.of(), ON);
        List<BenefitMatch> rest = DEFAULT.find(p, Set.of(LIVING_SUBSIDY, NURSING_SUBSIDY), ON);
        assertTrue(all.stream().anyMatch(m -> m.benefit().kind() == LIVING_SUBSIDY));
        assertFalse(rest.stream().anyMatch(m -> m.benefit().kind() == LIVING_SUBSIDY || m.benefit().kind() == NURSING_SUBSIDY));
        assertEquals(all.size() - 2, rest.size());
    }

    @Test
    void reasons_haveEveryPlaceholderFilledInBothLanguages() {
        PersonRecord[] people = {
                adult(PHYSICAL, LEVEL_1, DIBAO), person(ON.minusYears(8), INTELLECTUAL, LEVEL_3, NEAR_DIBAO, 2, 11),
                aged(30, MENTAL, LEVEL_3), adult(VISION, LEVEL_4, NEAR_DIBAO)};
        BenefitFinder all = new BenefitFinder(TABLE, new PolicySwitches(java.util.Map.of(
                PolicySwitch.LIVING_SUBSIDY_NEAR_DIBAO, true, PolicySwitch.NURSING_LEVEL3_INTELLECTUAL_MENTAL, true,
                PolicySwitch.NURSING_LEVEL4_INTELLECTUAL_MENTAL, true)));
        int seen = 0;
        for (PersonRecord p : people) {
            for (BenefitMatch m : all.find(p, Set.of(), ON)) {
                for (Lang lang : Lang.values()) {
                    String r = m.reason().in(lang);
                    assertFalse(r.contains("{") || r.contains("}"), r);
                    assertFalse(r.isBlank());
                }
                seen++;
            }
        }
        assertTrue(seen >= 8, "expected many matches, saw " + seen);
    }
}
