package cn.huzhong.care.core.policy;

/** The plan's extensions of the national rules, each switched on or off as policy (not code). */
public enum PolicySwitch {
    /** Living subsidy extended to 低保边缘 households. */
    LIVING_SUBSIDY_NEAR_DIBAO,
    /** Nursing subsidy extended to level-3 intellectual and mental disability. */
    NURSING_LEVEL3_INTELLECTUAL_MENTAL,
    /** Nursing subsidy extended further to level-4 intellectual and mental disability. */
    NURSING_LEVEL4_INTELLECTUAL_MENTAL
}
