package cn.huzhong.care.app.feature.certificate;

import cn.huzhong.care.core.api.CertificateDto;

import java.time.Instant;

/** The electronic certificate screen's state. */
public sealed interface CertificateUiState {
    record Loading() implements CertificateUiState {
    }

    /**
     * @param certificate the certificate; its number is the full one only while {@code revealed}
     * @param revealing   the full number is being fetched
     * @param revealError why the full number could not be shown (offline, say), or null
     */
    record Content(CertificateDto certificate, Instant savedAt, boolean fromCache, boolean revealing,
                   String revealError) implements CertificateUiState {
        public boolean revealed() {
            return certificate.revealed();
        }
    }

    record Failed(String message) implements CertificateUiState {
    }
}
