package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.RequestEventKind;
import cn.huzhong.care.core.domain.RequestStatus;

import java.time.OffsetDateTime;

/**
 * One line of a service request's timeline: the status reached (or, with {@code kind} other than STATUS, news about
 * the help arranged: a volunteer will come, named by first name only in {@code by}), when, by whom.
 *
 * @param status the request's status at that moment
 */
public record RequestEvent(RequestStatus status, String title, OffsetDateTime at, String by, String note,
                           RequestEventKind kind) {
    /** A status change (clients and tests that build one; the server always names the kind). */
    public RequestEvent(RequestStatus status, String title, OffsetDateTime at, String by, String note) {
        this(status, title, at, by, note, RequestEventKind.STATUS);
    }
}
