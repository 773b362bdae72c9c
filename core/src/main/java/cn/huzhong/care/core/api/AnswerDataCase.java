package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.DataCaseStatus;

/**
 * Staff answer a correction or deletion case: the outcome (DONE, PARTLY_DONE or REFUSED), the answer in words, and
 * for a correction the fields to change. A granted deletion removes what the law lets the service remove.
 */
public record AnswerDataCase(DataCaseStatus outcome, String answer, Corrections corrections) {
    /** New values for the fields the person asked to correct; null leaves a field as it is. */
    public record Corrections(String name, String phone, String address) {
    }
}
