package cn.huzhong.care.core.api;

import java.time.OffsetDateTime;

/** One message of a text-hotline thread. {@code fromDesk} for the 12385 desk's replies. */
public record HotlineMessageDto(long id, boolean fromDesk, String by, String body, OffsetDateTime at) {
}
