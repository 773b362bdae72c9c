package cn.huzhong.care.core.domain;

/** Topics of the 12385 text hotline (文字热线). Names in the core bundle under {@code hotlineTopic.<NAME>}. */
public enum HotlineTopic {
    POLICY,
    SUBSIDY,
    REHABILITATION,
    ASSISTIVE_DEVICE,
    EMPLOYMENT,
    EDUCATION,
    RIGHTS,
    COMPLAINT,
    HELP,
    OTHER
}
