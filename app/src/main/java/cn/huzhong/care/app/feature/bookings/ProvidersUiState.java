package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.domain.ServiceKind;

import java.time.Instant;
import java.util.List;

/** The providers of one kind of service. */
public sealed interface ProvidersUiState {
    ServiceKind service();

    record Loading(ServiceKind service) implements ProvidersUiState {
    }

    record Content(ServiceKind service, List<ProviderDto> providers, Instant savedAt, boolean fromCache)
            implements ProvidersUiState {
    }

    record Failed(ServiceKind service, String message) implements ProvidersUiState {
    }
}
