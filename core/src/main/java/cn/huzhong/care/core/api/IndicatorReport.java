package cn.huzhong.care.core.api;

import java.time.LocalDate;
import java.util.List;

/** The plan's indicators as of a day, per town and district-wide, by the policy table of {@code policyVersion}. */
public record IndicatorReport(LocalDate asOf, String policyVersion, List<IndicatorSet> sets) {
}
