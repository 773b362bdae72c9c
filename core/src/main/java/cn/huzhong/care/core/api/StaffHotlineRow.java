package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.HotlineStatus;
import cn.huzhong.care.core.domain.HotlineTopic;
import cn.huzhong.care.core.domain.Town;

import java.time.OffsetDateTime;

/** A row of the 12385 desk's queue of text-hotline threads. */
public record StaffHotlineRow(long id, long residentId, String residentName, Town town, HotlineTopic topic, String topicName,
                              HotlineStatus status, OffsetDateTime lastMessageAt, String lastMessage) {
}
