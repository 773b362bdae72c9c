package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ReadState;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.domain.ServiceKind;

import java.util.List;

/** The providers of one kind of service. */
public sealed interface ProvidersUiState extends ReadState {
    ServiceKind service();

    record Loading(ServiceKind service, String slowNote) implements ProvidersUiState, ReadState.Waiting {
    }

    /** @param intro how many there are, in words (or that there are none) */
    record Content(ServiceKind service, List<ProviderDto> providers, String intro, Freshness freshness)
            implements ProvidersUiState, ReadState.Showing {
    }

    record Failed(ServiceKind service, String message) implements ProvidersUiState, ReadState.Failing {
    }
}
