package cn.huzhong.care.app.feature.certificate;

import cn.huzhong.care.app.data.ResidentRepository;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.CertificateDto;

import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * The electronic certificate (F2). The number is masked; revealing it is a deliberate act that asks the server
 * (which records who saw it) and is never stored on the device; hiding it again needs no network.
 */
public final class CertificateViewModel extends ViewModel<CertificateUiState> {
    private final ResidentRepository residents;
    private final Messages messages;
    private CertificateDto masked;

    public CertificateViewModel(ResidentRepository residents, Messages messages, Clock clock, Executor ui) {
        super(new CertificateUiState.Loading(null), ui, messages, clock);
        this.residents = residents;
        this.messages = messages;
    }

    public void load() {
        read(residents.certificate(), slow -> publish(new CertificateUiState.Loading(slow)), (cert, freshness) -> {
            masked = cert;
            if (state() instanceof CertificateUiState.Content c && (c.revealed() || c.revealing())) {
                // the full number being shown (or fetched) stays; only the note about freshness changes
                publish(new CertificateUiState.Content(c.certificate(), freshness, c.revealing(), c.revealError()));
            } else {
                publish(new CertificateUiState.Content(cert, freshness, false, null));
            }
        }, e -> publish(new CertificateUiState.Failed(messages.failure(e))));
    }

    public void reveal() {
        if (!(state() instanceof CertificateUiState.Content c) || c.revealing() || c.revealed()) {
            return;
        }
        publish(new CertificateUiState.Content(c.certificate(), c.freshness(), true, null));
        when(residents.revealCertificate(), full -> {
            if (state() instanceof CertificateUiState.Content now) {
                publish(new CertificateUiState.Content(full, now.freshness(), false, null));
            }
        }, e -> {
            if (state() instanceof CertificateUiState.Content now) {
                publish(new CertificateUiState.Content(masked, now.freshness(), false,
                        messages.get("certificate.reveal.failed", messages.failure(e))));
            }
        });
    }

    public void hide() {
        if (state() instanceof CertificateUiState.Content c && c.revealed() && masked != null) {
            publish(new CertificateUiState.Content(masked, c.freshness(), false, null));
        }
    }
}
