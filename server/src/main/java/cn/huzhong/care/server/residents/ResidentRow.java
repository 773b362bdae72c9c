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
}
