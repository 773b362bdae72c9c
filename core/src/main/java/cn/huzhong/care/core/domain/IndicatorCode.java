package cn.huzhong.care.core.domain;

/** The indicators of the plan's table 专栏1 that the service computes from live data (F12). */
public enum IndicatorCode {
    LIVING_SUBSIDY_COVERAGE,
    NURSING_SUBSIDY_COVERAGE,
    REHABILITATION_COVERAGE,
    DEVICE_FITTING_RATE,
    HOME_MODIFICATIONS
}
