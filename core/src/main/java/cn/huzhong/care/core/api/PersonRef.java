package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.Town;

/**
 * A resident the signed-in account may act for: themself (a resident) or a linked resident (a carer).
 *
 * @param relationship how a carer is related ("母亲", "mother"), or null for oneself
 */
public record PersonRef(long residentId, String name, Town town, String townName, String certificateMasked,
                        boolean self, String relationship) {
}
