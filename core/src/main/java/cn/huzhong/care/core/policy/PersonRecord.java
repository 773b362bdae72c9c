package cn.huzhong.care.core.policy;

import cn.huzhong.care.core.cert.CertificateNumber;
import cn.huzhong.care.core.domain.HouseholdIncome;

import java.util.Objects;

/**
 * What the benefit finder knows of a person: their certificate (category, level, birth date) and their
 * household's flags.
 *
 * @param disabledInHousehold         certified disabled persons in the household, this person included
 * @param outOfAreaTrainingMonths     months of rehabilitation training outside the district so far
 */
public record PersonRecord(CertificateNumber certificate, HouseholdIncome householdIncome,
                           int disabledInHousehold, int outOfAreaTrainingMonths) {
    public PersonRecord {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(householdIncome, "householdIncome");
        if (disabledInHousehold < 1) {
            throw new IllegalArgumentException("the person themself counts: disabledInHousehold >= 1");
        }
        if (outOfAreaTrainingMonths < 0) {
            throw new IllegalArgumentException("outOfAreaTrainingMonths >= 0");
        }
    }
}
