package cn.huzhong.care.core.domain;

/** A text-hotline thread waits for the desk (OPEN) or has its latest message answered (ANSWERED). */
public enum HotlineStatus {
    OPEN,
    ANSWERED
}
