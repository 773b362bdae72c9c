package cn.huzhong.care.server.indicators;

import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.IndicatorCode;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.policy.BenefitFinder;
import cn.huzhong.care.core.policy.PersonRecord;
import cn.huzhong.care.core.cert.CertificateNumber;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan's indicators (专栏1, F12), computed from live facts. Each is a numerator over a denominator, per town and
 * for the whole district (the district's figures are the sums of the towns', not an average of percentages).
 * <dl>
 *   <dt>LIVING_SUBSIDY_COVERAGE (target 100 %)</dt>
 *   <dd>Denominator: certificate holders who qualify for the living subsidy today by the policy table, with the policy
 *   switches in force (today: a 低保 household; with LIVING_SUBSIDY_NEAR_DIBAO also 低保边缘). Numerator: those of them
 *   whose living-subsidy application is being paid (step PAYING). Suspended or rejected applications do not count.</dd>
 *   <dt>NURSING_SUBSIDY_COVERAGE (target 100 %)</dt>
 *   <dd>The same for the nursing subsidy (levels 1–2; level-3 intellectual and mental with the plan's switch).</dd>
 *   <dt>REHABILITATION_COVERAGE (target 85 %)</dt>
 *   <dd>Denominator: every certificate holder (the service does not record a separate "need for rehabilitation", so
 *   the figure is a lower bound of the plan's, whose denominator is those in need). Numerator: those with a
 *   rehabilitation booking, not cancelled, that started in the 365 days up to now.</dd>
 *   <dt>DEVICE_FITTING_RATE (target 85 %)</dt>
 *   <dd>Denominator: certificate holders who asked for an assistive device — a device-fitting booking not cancelled,
 *   or an assistive-device service request not cancelled. Numerator: those of them fitted — a fitting booking whose
 *   time has come, or the device request completed (or followed up).</dd>
 *   <dt>HOME_MODIFICATIONS (target: 96 households district-wide by 2025)</dt>
 *   <dd>Denominator: households that qualify for home modification by the policy table (a member qualifies: needy
 *   household and a level 1–2 member). Numerator: those of them whose home was made accessible since 1 January 2021
 *   (the plan's period) — a home-modification request completed, or the home-modification subsidy paid. The district
 *   row compares the numerator with 96; the plan does not split the 96 among the towns, so a town row has no target.</dd>
 * </dl>
 * Percentages are rounded to one decimal; a denominator of 0 gives no percentage and no verdict.
 */
public final class Indicators {
    public static final int LIVING_TARGET_PERCENT = 100;
    public static final int NURSING_TARGET_PERCENT = 100;
    public static final int REHABILITATION_TARGET_PERCENT = 85;
    public static final int DEVICE_FITTING_TARGET_PERCENT = 85;
    public static final int HOME_MODIFICATION_TARGET_HOUSEHOLDS = 96;
    public static final LocalDate PLAN_START = LocalDate.of(2021, 1, 1);

    /** The facts one computation needs; the sets hold resident ids (households for {@code modifiedHouseholds}). */
    public record Facts(List<IndicatorRepository.ResidentFacts> residents, Set<Long> livingPaid, Set<Long> nursingPaid,
                        Set<Long> rehabilitated, Set<Long> askedForDevice, Set<Long> fitted, Set<Long> modifiedHouseholds) {
    }

    /** One indicator's figures. {@code targetPercent} or {@code targetCount} (district home modifications) may be null. */
    public record Figure(IndicatorCode code, long numerator, long denominator, Integer targetPercent, Integer targetCount) {
        /** The share in percent to one decimal, or null when nobody counts. */
        public Double percent() {
            return denominator == 0 ? null : Math.round(numerator * 1000.0 / denominator) / 10.0;
        }

        /** Whether the target is met; null when there is no target or no denominator. */
        public Boolean met() {
            if (targetCount != null) {
                return numerator >= targetCount;
            }
            if (targetPercent == null || denominator == 0) {
                return null;
            }
            return numerator * 100 >= (long) targetPercent * denominator;
        }
    }

    private final BenefitFinder finder;

    public Indicators(BenefitFinder finder) {
        this.finder = finder;
    }

    /** The figures for each town (in {@link Town} order) and, under the key null, for the district. */
    public Map<Town, List<Figure>> compute(Facts f, LocalDate today) {
        Map<Town, long[]> counts = new EnumMap<>(Town.class);
        long[] district = new long[10];
        Map<Town, Set<Long>> eligibleHouseholds = new EnumMap<>(Town.class);
        Map<Town, Set<Long>> doneHouseholds = new EnumMap<>(Town.class);
        for (Town t : Town.values()) {
            counts.put(t, new long[10]);
            eligibleHouseholds.put(t, new HashSet<>());
            doneHouseholds.put(t, new HashSet<>());
        }
        for (IndicatorRepository.ResidentFacts r : f.residents()) {
            PersonRecord person = new PersonRecord(new CertificateNumber(r.certificateNumber()), r.income(),
                    Math.max(1, r.disabledInHousehold()), r.outOfAreaTrainingMonths());
            long[] c = counts.get(r.town());
            boolean living = finder.qualifies(person, BenefitKind.LIVING_SUBSIDY, today);
            boolean nursing = finder.qualifies(person, BenefitKind.NURSING_SUBSIDY, today);
            add(c, district, 0, living);
            add(c, district, 1, living && f.livingPaid().contains(r.id()));
            add(c, district, 2, nursing);
            add(c, district, 3, nursing && f.nursingPaid().contains(r.id()));
            add(c, district, 4, true);
            add(c, district, 5, f.rehabilitated().contains(r.id()));
            boolean asked = f.askedForDevice().contains(r.id());
            add(c, district, 6, asked);
            add(c, district, 7, asked && f.fitted().contains(r.id()));
            if (finder.qualifies(person, BenefitKind.HOME_MODIFICATION, today)) {
                eligibleHouseholds.get(r.town()).add(r.householdId());
                if (f.modifiedHouseholds().contains(r.householdId())) {
                    doneHouseholds.get(r.town()).add(r.householdId());
                }
            }
        }
        Map<Town, List<Figure>> out = new LinkedHashMap<>();
        long eligibleAll = 0;
        long doneAll = 0;
        for (Town t : Town.values()) {
            long eligible = eligibleHouseholds.get(t).size();
            long done = doneHouseholds.get(t).size();
            eligibleAll += eligible;
            doneAll += done;
            out.put(t, figures(counts.get(t), done, eligible, null));
        }
        out.put(null, figures(district, doneAll, eligibleAll, HOME_MODIFICATION_TARGET_HOUSEHOLDS));
        return out;
    }

    private static void add(long[] town, long[] district, int i, boolean yes) {
        if (yes) {
            town[i]++;
            district[i]++;
        }
    }

    private static List<Figure> figures(long[] c, long modified, long eligibleHouseholds, Integer homeTarget) {
        return List.of(
                new Figure(IndicatorCode.LIVING_SUBSIDY_COVERAGE, c[1], c[0], LIVING_TARGET_PERCENT, null),
                new Figure(IndicatorCode.NURSING_SUBSIDY_COVERAGE, c[3], c[2], NURSING_TARGET_PERCENT, null),
                new Figure(IndicatorCode.REHABILITATION_COVERAGE, c[5], c[4], REHABILITATION_TARGET_PERCENT, null),
                new Figure(IndicatorCode.DEVICE_FITTING_RATE, c[7], c[6], DEVICE_FITTING_TARGET_PERCENT, null),
                new Figure(IndicatorCode.HOME_MODIFICATIONS, modified, eligibleHouseholds, null, homeTarget));
    }
}
