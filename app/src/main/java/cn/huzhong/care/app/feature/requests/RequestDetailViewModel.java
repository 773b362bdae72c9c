package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.data.RequestRepository;
import cn.huzhong.care.app.shell.Freshness;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.ServiceRequestDetail;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.core.validation.Violation;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * One service request (F5): status in words and what happens next, the one-person plan once planned, what was
 * asked for, the timeline of every step with who and when; cancelling while the server allows it (asked to
 * confirm first, with an optional reason); the rating of 1–5 with a comment once the service is completed.
 */
public final class RequestDetailViewModel extends ViewModel<RequestDetailUiState> {
    public static final int COMMENT_MAX = 500;
    public static final int REASON_MAX = 500;

    private final StringProperty cancelReason = new SimpleStringProperty("");
    private final ObjectProperty<Integer> rating = new SimpleObjectProperty<>();
    private final StringProperty comment = new SimpleStringProperty("");
    private final RequestRepository requests;
    private final Messages messages;
    private final long requestId;
    private final boolean justSent;
    /** One key per attempt to cancel or rate, kept across retries after a lost answer. */
    private String cancelKey;
    private final java.util.function.LongConsumer openTask;
    private String ratingKey;

    public RequestDetailViewModel(RequestRepository requests, Messages messages, long requestId, boolean justSent,
                                  Clock clock, Executor ui) {
        this(requests, messages, requestId, justSent, id -> { }, clock, ui);
    }

    /** @param openTask opens a volunteer's help made from this request (rating it, complaining) */
    public RequestDetailViewModel(RequestRepository requests, Messages messages, long requestId, boolean justSent,
                                  java.util.function.LongConsumer openTask, Clock clock, Executor ui) {
        super(new RequestDetailUiState.Loading(null), ui, messages, clock);
        this.openTask = openTask;
        this.requests = requests;
        this.messages = messages;
        this.requestId = requestId;
        this.justSent = justSent;
    }

    public StringProperty cancelReasonProperty() {
        return cancelReason;
    }

    public ObjectProperty<Integer> ratingProperty() {
        return rating;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public void load() {
        load(null);
    }

    private void load(String notice) {
        read(requests.request(requestId), slow -> publish(new RequestDetailUiState.Loading(slow)), (d, freshness) -> {
            if (state() instanceof RequestDetailUiState.Content c) {
                // a fresher copy replaces the request, not what the person is doing with it
                publish(new RequestDetailUiState.Content(d, freshness, status(d), RequestTone.of(d.summary().status()),
                        d.canCancel() ? c.cancel() : RequestDetailUiState.Step.IDLE, c.rating(), c.notice(), c.error(),
                        c.ratingError(), c.commentError()));
            } else {
                show(d, freshness, notice);
            }
        }, e -> publish(new RequestDetailUiState.Failed(messages.failure(e))));
    }

    private String status(ServiceRequestDetail d) {
        return messages.get("requests.row.status", messages.core("requestStatus." + d.summary().status() + ".title"));
    }

    private void show(ServiceRequestDetail d, Freshness freshness, String notice) {
        String top = notice != null ? notice : justSent ? messages.get("request.sent.text") : null;
        publish(new RequestDetailUiState.Content(d, freshness, status(d), RequestTone.of(d.summary().status()),
                RequestDetailUiState.Step.IDLE, RequestDetailUiState.Step.IDLE, top, null, null, null));
    }

    /** Opens a volunteer's help made from this request (issue 8). */
    public void openTask(long taskId) {
        openTask.accept(taskId);
    }

    // ---- cancelling ----

    public void askToCancel() {
        if (state() instanceof RequestDetailUiState.Content c && c.detail().canCancel()
                && c.cancel() == RequestDetailUiState.Step.IDLE) {
            publish(c.with(RequestDetailUiState.Step.CONFIRMING, c.rating(), null, null, null, null));
        }
    }

    public void keep() {
        if (state() instanceof RequestDetailUiState.Content c && c.cancel() == RequestDetailUiState.Step.CONFIRMING) {
            publish(c.with(RequestDetailUiState.Step.IDLE, c.rating(), null, null, null, null));
        }
    }

    public void confirmCancel() {
        if (!(state() instanceof RequestDetailUiState.Content c) || c.cancel() != RequestDetailUiState.Step.CONFIRMING) {
            return;
        }
        String reason = cancelReason.get() == null ? "" : cancelReason.get().strip();
        List<Violation> v = Validators.start().maxLength("reason", reason, REASON_MAX).violations();
        if (!v.isEmpty()) {
            publish(c.with(RequestDetailUiState.Step.CONFIRMING, c.rating(), null, v.get(0).message(messages.lang()), null,
                    null));
            return;
        }
        if (cancelKey == null) {
            cancelKey = UUID.randomUUID().toString();
        }
        publish(c.with(RequestDetailUiState.Step.SENDING, c.rating(), null, null, null, null));
        when(requests.cancel(requestId, reason, cancelKey), d -> {
            cancelKey = null;
            show(d, Freshness.fresh(clock().instant()), messages.get("request.cancel.done"));
        }, e -> publish(c.with(RequestDetailUiState.Step.CONFIRMING, c.rating(), null,
                messages.get("request.cancel.failed", messages.failure(e)), null, null)));
    }

    // ---- rating ----

    public void rate() {
        if (!(state() instanceof RequestDetailUiState.Content c) || !c.detail().canRate()
                || c.rating() == RequestDetailUiState.Step.SENDING) {
            return;
        }
        String text = comment.get() == null ? "" : comment.get().strip();
        String ratingError = rating.get() == null ? messages.core("validation.oneOf") : null;
        List<Violation> v = Validators.start().maxLength("comment", text, COMMENT_MAX).violations();
        String commentError = v.isEmpty() ? null : v.get(0).message(messages.lang());
        if (ratingError != null || commentError != null) {
            publish(c.with(c.cancel(), RequestDetailUiState.Step.IDLE, null, null, ratingError, commentError));
            return;
        }
        if (ratingKey == null) {
            ratingKey = UUID.randomUUID().toString();
        }
        publish(c.with(c.cancel(), RequestDetailUiState.Step.SENDING, null, null, null, null));
        when(requests.rate(requestId, rating.get(), text, ratingKey), d -> {
            ratingKey = null;
            show(d, Freshness.fresh(clock().instant()), messages.get("request.rating.done"));
        }, e -> publish(c.with(c.cancel(), RequestDetailUiState.Step.IDLE, null,
                messages.get("request.rating.failed", messages.failure(e)), null, null)));
    }
}
