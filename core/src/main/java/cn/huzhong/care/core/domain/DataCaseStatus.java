package cn.huzhong.care.core.domain;

/** Where a correction or deletion case stands; the answer always says what was kept and why. */
public enum DataCaseStatus {
    OPEN,
    DONE,
    PARTLY_DONE,
    REFUSED;

    public boolean answered() {
        return this != OPEN;
    }
}
