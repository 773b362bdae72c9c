package cn.huzhong.care.core.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A service request's lifecycle, after the district's "一问四送一响应一回访" method: SUBMITTED → ACCEPTED (needs
 * asked, 一问) → PLANNED (a one-person plan, 一人一策, shown to the person) → IN_SERVICE → COMPLETED →
 * FOLLOWED_UP (the person rates it, 回访). The person may cancel before service starts; staff may reject with a
 * reason before service starts.
 */
public enum RequestStatus {
    SUBMITTED,
    ACCEPTED,
    PLANNED,
    IN_SERVICE,
    COMPLETED,
    FOLLOWED_UP,
    CANCELLED,
    REJECTED;

    /** The regular path, in order. */
    public static final List<RequestStatus> PATH = List.of(SUBMITTED, ACCEPTED, PLANNED, IN_SERVICE, COMPLETED, FOLLOWED_UP);

    /** The statuses staff may move a request to from this one. */
    public Set<RequestStatus> staffTargets() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(ACCEPTED, REJECTED);
            case ACCEPTED -> EnumSet.of(PLANNED, REJECTED);
            case PLANNED -> EnumSet.of(IN_SERVICE, REJECTED);
            case IN_SERVICE -> EnumSet.of(COMPLETED);
            default -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    /** The person (or their carer) may cancel until the service starts. */
    public boolean cancellable() {
        return this == SUBMITTED || this == ACCEPTED || this == PLANNED;
    }

    /** The person rates the service once it is completed (and only once). */
    public boolean rateable() {
        return this == COMPLETED;
    }

    /** Still open: neither finished nor stopped. */
    public boolean open() {
        return this == SUBMITTED || this == ACCEPTED || this == PLANNED || this == IN_SERVICE;
    }
}
