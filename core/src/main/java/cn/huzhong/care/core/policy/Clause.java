package cn.huzhong.care.core.policy;

import cn.huzhong.care.core.domain.HouseholdIncome;
import cn.huzhong.care.core.i18n.Text;

import java.time.LocalDate;
import java.util.List;

/**
 * One way to qualify for a benefit: every condition that is set must hold. A benefit qualifies when any of
 * its clauses does. Unset conditions (null) do not restrict.
 *
 * @param categories               certificate category codes 1–7
 * @param levels                   certificate levels 1–4
 * @param minAge                   age in whole years on the day asked, inclusive
 * @param maxAge                   inclusive
 * @param householdIncome          the household's standing
 * @param minDisabledInHousehold   e.g. 2 for 一户多残
 * @param minOutOfAreaTrainingMonths e.g. 10 for the out-of-area rehabilitation allowance
 * @param requiresSwitch           a policy switch that must be on
 * @param reason                   the plain-language reason, with placeholders {category}, {level}, {age},
 *                                 {household}, {members}, {months}
 */
public record Clause(List<Integer> categories, List<Integer> levels, Integer minAge, Integer maxAge,
                     List<HouseholdIncome> householdIncome, Integer minDisabledInHousehold,
                     Integer minOutOfAreaTrainingMonths, PolicySwitch requiresSwitch, Text reason) {

    public boolean matches(PersonRecord p, LocalDate on, PolicySwitches switches) {
        if (requiresSwitch != null && !switches.isOn(requiresSwitch)) {
            return false;
        }
        if (categories != null && !categories.contains(p.certificate().category().code())) {
            return false;
        }
        if (levels != null && !levels.contains(p.certificate().level().code())) {
            return false;
        }
        int age = p.certificate().ageOn(on);
        if (minAge != null && age < minAge) {
            return false;
        }
        if (maxAge != null && age > maxAge) {
            return false;
        }
        if (householdIncome != null && !householdIncome.contains(p.householdIncome())) {
            return false;
        }
        if (minDisabledInHousehold != null && p.disabledInHousehold() < minDisabledInHousehold) {
            return false;
        }
        return minOutOfAreaTrainingMonths == null || p.outOfAreaTrainingMonths() >= minOutOfAreaTrainingMonths;
    }

    /** The reason with this person's facts filled in. */
    public Text reasonFor(PersonRecord p, LocalDate on) {
        return reason.replace("{category}", p.certificate().category().text())
                .replace("{level}", p.certificate().level().text())
                .replace("{age}", p.certificate().ageOn(on))
                .replace("{household}", p.householdIncome().text())
                .replace("{members}", p.disabledInHousehold())
                .replace("{months}", p.outOfAreaTrainingMonths());
    }
}
