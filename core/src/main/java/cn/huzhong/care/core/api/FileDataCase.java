package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.DataCaseKind;

/** The person (or their carer) asks for their data to be corrected or deleted, saying what and why. */
public record FileDataCase(DataCaseKind kind, String details) {
}
