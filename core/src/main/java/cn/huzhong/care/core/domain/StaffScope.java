package cn.huzhong.care.core.domain;

/** Where a staff member works: one town's office, or the district federation (all four towns). */
public enum StaffScope {
    TOWN,
    DISTRICT
}
