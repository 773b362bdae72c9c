package cn.huzhong.care.server.residents;

import cn.huzhong.care.core.domain.DisabilityCategory;
import cn.huzhong.care.core.domain.DisabilityLevel;
import cn.huzhong.care.core.domain.HouseholdIncome;
import cn.huzhong.care.core.domain.Town;

import java.time.LocalDate;

/** A resident and their household's flags, as stored. */
public record ResidentRow(long id, String name, String certificateNumber, DisabilityCategory category,
                          DisabilityLevel level, LocalDate birthDate, Town town, long householdId,
                          HouseholdIncome householdIncome, String phone, String address, LocalDate issuedOn,
                          LocalDate expiresOn, int outOfAreaTrainingMonths, String contactName, String contactPhone,
                          String contactOffice) {
    /** Masked certificate and phone numbers: a row in a log or an error identifies, it does not disclose. */
    @Override
    public String toString() {
        return "ResidentRow[id=" + id + ", certificate=" + cn.huzhong.care.core.cert.CertificateNumber.mask(certificateNumber)
                + ", category=" + category + ", level=" + level + ", town=" + town + ", householdId=" + householdId
                + ", phone=" + (phone == null ? null : cn.huzhong.care.core.validation.Validators.maskPhone(phone)) + "]";
    }

}
