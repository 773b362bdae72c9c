package cn.huzhong.care.core.domain;

/** When in the day a person would like a visit or service. */
public enum TimeOfDay {
    MORNING,
    AFTERNOON,
    ANY
}
