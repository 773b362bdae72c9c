package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.RequestStatus;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.domain.Town;

import java.time.OffsetDateTime;

/** A row of the staff request queue. */
public record StaffRequestRow(long id, long residentId, String residentName, Town town, ServiceRequestType type,
                              String typeName, RequestStatus status, OffsetDateTime since) {
}
