package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.HotlineTopic;

/** Write to the 12385 desk: a topic and the first message. */
public record CreateHotlineThread(HotlineTopic topic, String message) {
}
