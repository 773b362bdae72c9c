package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.CertificateDto;
import cn.huzhong.care.core.api.ResidentProfile;

import java.util.concurrent.CompletableFuture;

/**
 * The person the app acts for: profile (home screen) and electronic certificate. Reads are offline first
 * ({@link Reading}: the device's copy at once, then the server's).
 */
public interface ResidentRepository {
    Reading<ResidentProfile> profile();

    /** The certificate with its number masked; kept on the device. */
    Reading<CertificateDto> certificate();

    /** The full number, asked for on purpose: fetched each time, never kept on the device. */
    CompletableFuture<CertificateDto> revealCertificate();
}
