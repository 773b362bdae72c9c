package cn.huzhong.care.core.domain;

/**
 * The benefits of the policy table. Names, amounts and rules are data (policy-table.json);
 * the kind is only the stable key.
 */
public enum BenefitKind {
    /** 困难残疾人生活补贴. */
    LIVING_SUBSIDY,
    /** 重度残疾人护理补贴. */
    NURSING_SUBSIDY,
    /** 一户多残 special aid, per household per year. */
    MULTI_DISABLED_HOUSEHOLD,
    /** 异地康复训练生活补贴. */
    OUT_OF_AREA_REHAB_ALLOWANCE,
    /** 残疾儿童康复救助. */
    CHILD_REHABILITATION_AID,
    /** 阳光家园 supported living (托养). */
    SUPPORTED_LIVING,
    /** 家庭无障碍改造. */
    HOME_MODIFICATION;

    /** A benefit paid once per household rather than once per person. */
    public boolean perHousehold() {
        return this == MULTI_DISABLED_HOUSEHOLD || this == HOME_MODIFICATION;
    }
}
