package cn.huzhong.care.core.domain;

/** What a legal-aid request is about. */
public enum LegalTopic {
    EMPLOYMENT_DISPUTE,
    FAMILY,
    PROPERTY,
    RIGHTS_VIOLATION,
    OTHER
}
