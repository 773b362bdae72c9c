package cn.huzhong.care.core.api;

import java.util.List;

/** Unread messages: in all, and per resident (for a carer's switcher). */
public record UnreadCount(long total, List<ResidentCount> byResident) {
    public record ResidentCount(long residentId, long count) {
    }
}
