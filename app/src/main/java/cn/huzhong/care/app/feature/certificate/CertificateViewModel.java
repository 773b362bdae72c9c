package cn.huzhong.care.app.feature.certificate;

import cn.huzhong.care.app.data.ResidentRepository;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.CertificateDto;

import java.util.concurrent.Executor;

/**
 * The electronic certificate (F2). The number is masked; revealing it is a deliberate act that asks the server
 * (which records who saw it) and is never stored on the device; hiding it again needs no network.
 */
public final class CertificateViewModel extends ViewModel<CertificateUiState> {
    private final ResidentRepository residents;
    private final Messages messages;
    private CertificateDto masked;

    public CertificateViewModel(ResidentRepository residents, Messages messages, Executor ui) {
        super(new CertificateUiState.Loading(), ui);
        this.residents = residents;
        this.messages = messages;
    }

    public void load() {
        publish(new CertificateUiState.Loading());
        when(residents.certificate(), c -> {
            masked = c.value();
            publish(new CertificateUiState.Content(c.value(), c.savedAt(), c.fromCache(), false, null));
        }, e -> publish(new CertificateUiState.Failed(messages.failure(e))));
    }

    public void reveal() {
        if (!(state() instanceof CertificateUiState.Content c) || c.revealing() || c.revealed()) {
            return;
        }
        publish(new CertificateUiState.Content(c.certificate(), c.savedAt(), c.fromCache(), true, null));
        when(residents.revealCertificate(),
                full -> publish(new CertificateUiState.Content(full, c.savedAt(), c.fromCache(), false, null)),
                e -> publish(new CertificateUiState.Content(c.certificate(), c.savedAt(), c.fromCache(), false,
                        messages.get("certificate.reveal.failed", messages.failure(e)))));
    }

    public void hide() {
        if (state() instanceof CertificateUiState.Content c && c.revealed() && masked != null) {
            publish(new CertificateUiState.Content(masked, c.savedAt(), c.fromCache(), false, null));
        }
    }
}
