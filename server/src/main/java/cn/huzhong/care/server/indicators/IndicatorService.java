package cn.huzhong.care.server.indicators;

import cn.huzhong.care.core.api.IndicatorDto;
import cn.huzhong.care.core.api.IndicatorReport;
import cn.huzhong.care.core.api.IndicatorSet;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.CoreMessages;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.policy.BenefitFinder;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.residents.Access;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plan's indicators for staff (definitions in {@link Indicators}): town staff get their town and the district;
 * district staff every town and the district, or one town and the district with {@code town}.
 */
public final class IndicatorService {
    static final Duration REHABILITATION_WINDOW = Duration.ofDays(365);

    private final Database db;
    private final IndicatorRepository facts;
    private final Indicators indicators;
    private final BenefitFinder finder;
    private final Clock clock;

    public IndicatorService(Database db, IndicatorRepository facts, BenefitFinder finder, Clock clock) {
        this.db = db;
        this.facts = facts;
        this.indicators = new Indicators(finder);
        this.finder = finder;
        this.clock = clock;
    }

    public IndicatorReport report(Principal p, Town town, Lang lang) {
        Access.requireStaff(p);
        long now = clock.millis();
        LocalDate today = LocalDate.now(clock.withZone(Dates.ZONE));
        long planStart = Indicators.PLAN_START.atStartOfDay(Dates.ZONE).toInstant().toEpochMilli();
        Indicators.Facts f = db.read(c -> new Indicators.Facts(facts.residents(c),
                facts.paid(c, BenefitKind.LIVING_SUBSIDY.name()), facts.paid(c, BenefitKind.NURSING_SUBSIDY.name()),
                facts.served(c, ServiceKind.REHABILITATION.name(), now - REHABILITATION_WINDOW.toMillis(), now),
                facts.askedForDevice(c), facts.fitted(c, now), facts.modifiedHouseholds(c, planStart)));
        Map<Town, List<Indicators.Figure>> figures = indicators.compute(f, today);
        List<IndicatorSet> sets = new ArrayList<>();
        for (Town t : Town.values()) {
            boolean wanted = p.isDistrictStaff() ? town == null || town == t : t == p.town() && (town == null || town == t);
            if (wanted) {
                sets.add(set(t, figures.get(t), lang));
            }
        }
        sets.add(set(null, figures.get(null), lang));
        return new IndicatorReport(today, finder.table().version(), sets);
    }

    private static IndicatorSet set(Town t, List<Indicators.Figure> figures, Lang lang) {
        String scope = t == null ? CoreMessages.get(lang, "indicator.district") : t.displayName(lang);
        return new IndicatorSet(t, scope, figures.stream().map(x -> dto(x, lang)).toList());
    }

    static String percentText(Double percent) {
        return percent == null ? "—" : String.format(Locale.ROOT, "%.1f", percent);
    }

    static IndicatorDto dto(Indicators.Figure x, Lang lang) {
        String name = CoreMessages.get(lang, "indicator." + x.code() + ".name");
        String text;
        if (x.denominator() == 0 && x.targetCount() == null) {
            text = CoreMessages.get(lang, "indicator.text.noData", name);
        } else if (x.targetCount() != null) {
            text = CoreMessages.get(lang, "indicator.text.households", name, String.valueOf(x.numerator()),
                    String.valueOf(x.targetCount()), String.valueOf(x.denominator()), percentText(x.percent()));
        } else if (x.targetPercent() == null) {
            text = CoreMessages.get(lang, "indicator.text.householdsTown", name, String.valueOf(x.numerator()),
                    String.valueOf(x.denominator()), percentText(x.percent()));
        } else {
            text = CoreMessages.get(lang, "indicator.text.percent", name, String.valueOf(x.numerator()),
                    String.valueOf(x.denominator()), percentText(x.percent()), String.valueOf(x.targetPercent()));
        }
        return new IndicatorDto(x.code(), name, CoreMessages.get(lang, "indicator." + x.code() + ".definition"), x.numerator(),
                x.denominator(), x.percent(), x.targetPercent(), x.targetCount(), x.met(), text);
    }
}
