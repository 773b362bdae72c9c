package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.HotlineStatus;
import cn.huzhong.care.core.domain.HotlineTopic;

import java.time.OffsetDateTime;

/** A text-hotline thread in a list: topic, whether the desk has answered, and the latest message. */
public record HotlineThreadSummary(long id, long residentId, HotlineTopic topic, String topicName, HotlineStatus status,
                                   String statusText, OffsetDateTime lastMessageAt, String lastMessage) {
}
