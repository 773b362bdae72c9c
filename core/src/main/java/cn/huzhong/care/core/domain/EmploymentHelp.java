package cn.huzhong.care.core.domain;

/** The kind of employment help asked for. */
public enum EmploymentHelp {
    TRAINING,
    JOB_PLACEMENT,
    SELF_EMPLOYMENT,
    PUBLIC_WELFARE_POST
}
