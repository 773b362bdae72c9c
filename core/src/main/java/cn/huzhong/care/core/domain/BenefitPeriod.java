package cn.huzhong.care.core.domain;

/** How often a benefit's amount is paid. */
public enum BenefitPeriod {
    MONTHLY,
    YEARLY,
    ONE_OFF
}
