package cn.huzhong.care.core.domain;

/** Parts of a home accessibility modification. */
public enum ModificationItem {
    BATHROOM,
    THRESHOLDS,
    GRAB_RAILS,
    RAMP,
    KITCHEN,
    DOORWAYS,
    OTHER
}
