package cn.huzhong.care.core.domain;

/**
 * What a volunteer helps with (F10): the kinds of help tasks, and the kinds a volunteer offers when registering.
 * Names are in the core bundle under {@code helpKind.<NAME>}. The district's winters are long: clearing snow is a
 * kind of its own.
 */
public enum HelpKind {
    /** 上门探访. */
    HOME_VISIT,
    /** 陪同就医. */
    HOSPITAL_ACCOMPANIMENT,
    /** 代购日用品. */
    SHOPPING,
    /** 为视障人士读书读报. */
    READING,
    /** 清扫积雪. */
    SNOW_CLEARING,
    OTHER
}
