package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.DeviceKind;
import cn.huzhong.care.core.domain.EmploymentHelp;
import cn.huzhong.care.core.domain.HomeOwnership;
import cn.huzhong.care.core.domain.LegalTopic;
import cn.huzhong.care.core.domain.ModificationItem;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.domain.TimeOfDay;

import java.time.LocalDate;
import java.util.List;

/**
 * A service request as filled in. Which fields a type has, and which are required, is
 * {@link cn.huzhong.care.core.request.ServiceRequestRules#fields}; fields a type does not have are ignored.
 */
public record CreateServiceRequest(ServiceRequestType type, String description, LocalDate preferredDate,
                                   TimeOfDay timeOfDay, String contactPhone, LocalDate startDate, Integer days,
                                   Integer daysPerWeek, DeviceKind deviceKind, List<ModificationItem> modificationItems,
                                   HomeOwnership homeOwnership, LegalTopic legalTopic, EmploymentHelp employmentHelp) {

    /** A request of {@code type} with only a description, for building forms field by field. */
    public static CreateServiceRequest of(ServiceRequestType type, String description) {
        return new CreateServiceRequest(type, description, null, null, null, null, null, null, null, null, null, null, null);
    }
}
