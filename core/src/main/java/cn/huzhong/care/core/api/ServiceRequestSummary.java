package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.ServiceRequestType;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A service request in a list: what, where it stands in plain words, and what happens next. */
public record ServiceRequestSummary(long id, long residentId, ServiceRequestType type, String typeName,
                                    RequestStatus status, String statusText, String nextText, LocalDate createdOn,
                                    OffsetDateTime updatedAt) {
}
