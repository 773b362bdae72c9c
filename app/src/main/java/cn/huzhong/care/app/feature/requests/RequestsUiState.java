package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.core.api.ServiceRequestSummary;

import java.time.Instant;
import java.util.List;

/**
 * The list of requests. Every state carries the requests still on the device ({@code outbox}: waiting to be
 * sent, or refused by the server), because they were made here and must show even when the server cannot.
 */
public sealed interface RequestsUiState {
    List<OutboxItem> outbox();

    record Loading(List<OutboxItem> outbox) implements RequestsUiState {
    }

    record Content(List<ServiceRequestSummary> items, Instant savedAt, boolean fromCache, List<OutboxItem> outbox)
            implements RequestsUiState {
    }

    record Failed(String message, List<OutboxItem> outbox) implements RequestsUiState {
    }
}
