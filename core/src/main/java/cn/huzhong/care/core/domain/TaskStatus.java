package cn.huzhong.care.core.domain;

/**
 * A help task's lifecycle: OPEN (waiting for a volunteer) → ACCEPTED (one volunteer took it, or staff assigned one)
 * → CHECKED_IN (the volunteer is there) → COMPLETED (with a note and the hours). A volunteer who withdraws before
 * the start returns it to OPEN; staff may cancel it before it is completed.
 */
public enum TaskStatus {
    OPEN,
    ACCEPTED,
    CHECKED_IN,
    COMPLETED,
    CANCELLED;

    /** A volunteer holds the task. */
    public boolean taken() {
        return this == ACCEPTED || this == CHECKED_IN || this == COMPLETED;
    }
}
