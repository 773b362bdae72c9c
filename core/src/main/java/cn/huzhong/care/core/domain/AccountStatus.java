package cn.huzhong.care.core.domain;

/** An account's standing. A volunteer stays PENDING until staff verify them. */
public enum AccountStatus {
    ACTIVE,
    PENDING,
    SUSPENDED
}
