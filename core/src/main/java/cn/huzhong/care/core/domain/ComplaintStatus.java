package cn.huzhong.care.core.domain;

/** A complaint about a volunteer's help: waiting for staff, or dealt with (with what was done). */
public enum ComplaintStatus {
    OPEN,
    CLOSED
}
