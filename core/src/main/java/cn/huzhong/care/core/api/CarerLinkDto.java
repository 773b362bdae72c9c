package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.Relationship;

import java.time.OffsetDateTime;

/** A carer linked to a resident, and how they are related (what the carer is to the resident). */
public record CarerLinkDto(long carerAccountId, String carerName, String carerPhoneMasked, long residentId,
                           String residentName, Relationship relationship, String relationshipName,
                           OffsetDateTime linkedAt) {
}
