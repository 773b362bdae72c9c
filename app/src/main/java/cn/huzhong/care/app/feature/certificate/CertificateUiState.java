package cn.huzhong.care.app.feature.certificate;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.core.api.CertificateDto;

/** The electronic certificate screen's state. */
public sealed interface CertificateUiState extends ReadState {
    record Loading(String slowNote) implements CertificateUiState, ReadState.Waiting {
    }

    /**
     * @param certificate the certificate; its number is the full one only while {@code revealed}
     * @param freshness   how fresh the certificate shown is (the device's copy, or the server's)
     * @param revealing   the full number is being fetched
     * @param revealError why the full number could not be shown (offline, say), or null
     */
    record Content(CertificateDto certificate, Freshness freshness, boolean revealing, String revealError)
            implements CertificateUiState, ReadState.Showing {
        public boolean revealed() {
            return certificate.revealed();
        }
    }

    record Failed(String message) implements CertificateUiState, ReadState.Failing {
    }
}
