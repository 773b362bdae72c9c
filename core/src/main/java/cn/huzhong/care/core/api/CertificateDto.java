package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.Town;

import java.time.LocalDate;

/**
 * The electronic disability certificate (残疾人证电子证照). {@code number} is masked unless the request asked
 * for {@code reveal=true}; {@code birthDate} is only present when revealed.
 */
public record CertificateDto(long residentId, String holderName, String number, boolean revealed,
                             CodeName category, CodeName level, LocalDate issuedOn, LocalDate expiresOn,
                             Town town, String townName, LocalDate birthDate) {
}
