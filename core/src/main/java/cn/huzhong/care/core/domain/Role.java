package cn.huzhong.care.core.domain;

/** Who signs in. */
public enum Role {
    /** A certified disabled resident (持证残疾人). */
    RESIDENT,
    /** A family member or guardian linked by staff to one or more residents. */
    CARER,
    /** A verified helper (志愿助残). */
    VOLUNTEER,
    /** A town office or district federation worker. */
    STAFF
}
