package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.Relationship;

/** Staff link a carer's account to a resident, saying what the carer is to the resident. */
public record LinkCarer(Long carerAccountId, Relationship relationship) {
}
