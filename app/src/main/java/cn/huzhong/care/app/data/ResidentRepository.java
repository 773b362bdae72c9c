package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.CertificateDto;
import cn.huzhong.care.core.api.ResidentProfile;

import java.util.concurrent.CompletableFuture;

/** The person the app acts for: profile (home screen) and electronic certificate. */
public interface ResidentRepository {
    CompletableFuture<Loaded<ResidentProfile>> profile();

    /** The certificate with its number masked; cached for offline use. */
    CompletableFuture<Loaded<CertificateDto>> certificate();

    /** The full number, asked for on purpose: fetched each time, never kept on the device. */
    CompletableFuture<CertificateDto> revealCertificate();
}
