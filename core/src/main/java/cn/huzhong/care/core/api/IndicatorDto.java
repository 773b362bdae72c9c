package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.IndicatorCode;

/**
 * One indicator of the plan's table 专栏1 from live data: numerator over denominator, the share in percent (one
 * decimal; null when the denominator is 0), and the plan's target as a percentage or, for home modifications, a
 * number of households. {@code met} is null when no target applies (a town's share of a district-wide count).
 * {@code text} says it all in one sentence, as the chart's text alternative.
 */
public record IndicatorDto(IndicatorCode code, String name, String definition, long numerator, long denominator,
                           Double percent, Integer targetPercent, Integer targetCount, Boolean met, String text) {
}
