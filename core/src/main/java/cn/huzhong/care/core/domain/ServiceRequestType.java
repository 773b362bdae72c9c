package cn.huzhong.care.core.domain;

/** What a service request (F5) asks for. Names are in the core bundle under {@code requestType.<NAME>}. */
public enum ServiceRequestType {
    /** 走访探视. */
    HOME_VISIT,
    /** 喘息服务: someone takes over the care for a few days so the family can rest. */
    RESPITE_CARE,
    /** 日间照料、托养 · 阳光家园. */
    DAY_CARE,
    /** 家庭无障碍改造. */
    HOME_MODIFICATION,
    /** 辅助器具补贴. */
    ASSISTIVE_DEVICE_SUBSIDY,
    /** 法律援助. */
    LEGAL_AID,
    /** 就业帮扶. */
    EMPLOYMENT,
    /** 文化服务 "五个一". */
    CULTURE,
    OTHER
}
