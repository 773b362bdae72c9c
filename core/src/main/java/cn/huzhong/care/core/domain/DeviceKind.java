package cn.huzhong.care.core.domain;

/** Assistive devices fitted or subsidised. Names in the core bundle under {@code deviceKind.<NAME>}. */
public enum DeviceKind {
    WHEELCHAIR,
    HEARING_AID,
    WHITE_CANE,
    WALKER,
    PROSTHESIS_ORTHOSIS,
    OTHER
}
