package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.Town;

import java.time.OffsetDateTime;

/**
 * An open task as a volunteer sees it before accepting: the town, the time window, the kind of help and what is
 * needed — and nothing about the person (no name, phone, address or disability).
 */
public record OpenTaskDto(long id, Town town, String townName, HelpKind kind, String kindName, OffsetDateTime windowStart,
                          OffsetDateTime windowEnd, String when, String needed) {
}
