package cn.huzhong.care.core.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where a subsidy application stands. The regular path is submitted → town review (乡镇初审) →
 * federation review (区残联审核) → civil-affairs decision (民政审定) → public notice (公示) → paying (发放中).
 * An application can be rejected from any review step, and a paying one suspended.
 */
public enum ApplicationStep {
    SUBMITTED,
    TOWN_REVIEW,
    FEDERATION_REVIEW,
    CIVIL_AFFAIRS_DECISION,
    PUBLIC_NOTICE,
    PAYING,
    REJECTED,
    SUSPENDED;

    /** The regular path, in order. */
    public static final List<ApplicationStep> PATH =
            List.of(SUBMITTED, TOWN_REVIEW, FEDERATION_REVIEW, CIVIL_AFFAIRS_DECISION, PUBLIC_NOTICE, PAYING);

    /** The step an "advance" moves to, if any. */
    public Optional<ApplicationStep> next() {
        int i = PATH.indexOf(this);
        if (i < 0 || i == PATH.size() - 1) {
            return Optional.empty();
        }
        return Optional.of(PATH.get(i + 1));
    }

    /** Still being decided: staff can move it on or reject it. */
    public boolean inReview() {
        return this == SUBMITTED || this == TOWN_REVIEW || this == FEDERATION_REVIEW
                || this == CIVIL_AFFAIRS_DECISION || this == PUBLIC_NOTICE;
    }

    /** Ended without payment. A new application for the same benefit may be filed. */
    public boolean closed() {
        return this == REJECTED;
    }

    /** The steps a town office works on; the later ones are the district's. */
    public boolean townStep() {
        return this == SUBMITTED || this == TOWN_REVIEW;
    }
}
