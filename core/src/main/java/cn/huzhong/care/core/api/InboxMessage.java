package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.MessageKind;

import java.time.OffsetDateTime;

/**
 * A message in the account's inbox (F8), about one resident (a carer gets their linked residents' messages).
 * {@code linkId} is the application, request, booking or hotline thread it is about.
 */
public record InboxMessage(long id, MessageKind kind, long residentId, String residentName, String title, String body,
                           OffsetDateTime at, boolean read, Long linkId) {
}
