package cn.huzhong.care.core.domain;

/** What a person asks of the data the service holds about them (个人信息保护法: 更正、删除). */
public enum DataCaseKind {
    CORRECTION,
    DELETION
}
