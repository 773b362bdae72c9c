package cn.huzhong.care.core.api;

import java.util.List;

/** A text-hotline thread with all its messages, oldest first. */
public record HotlineThreadDetail(HotlineThreadSummary summary, List<HotlineMessageDto> messages) {
}
