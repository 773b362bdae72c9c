package cn.huzhong.care.core.domain;

/** What a provider's bookable slot is for (F6). */
public enum ServiceKind {
    /** 康复. */
    REHABILITATION,
    /** 辅助器具适配. */
    DEVICE_FITTING
}
