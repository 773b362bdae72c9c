package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.RequestStatus;

import java.time.OffsetDateTime;

/** One step of a service request's timeline: the status reached, when, by whom (an office or "the person"). */
public record RequestEvent(RequestStatus status, String title, OffsetDateTime at, String by, String note) {
}
