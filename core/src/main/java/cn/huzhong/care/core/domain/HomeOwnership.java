package cn.huzhong.care.core.domain;

/** Whose home is to be modified: a rented home needs the owner's consent. */
public enum HomeOwnership {
    OWN,
    RENTED,
    PUBLIC_HOUSING
}
