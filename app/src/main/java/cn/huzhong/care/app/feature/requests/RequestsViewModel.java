package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.data.Outbox;
import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.data.RequestRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.OutboxWatch;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * The person's service requests (F5): each with its status in words and what happens next; those made while
 * offline are listed as "waiting to send" until the server has them, and when the server has answered one (taken
 * it, or refused it), the list reloads.
 */
public final class RequestsViewModel extends ViewModel<RequestsUiState> {
    private final RequestRepository requests;
    private final Outbox outbox;
    private final Navigator navigator;
    private final Messages messages;
    private final OutboxWatch watch;

    public RequestsViewModel(RequestRepository requests, Outbox outbox, Navigator navigator, Messages messages, Executor ui) {
        super(new RequestsUiState.Loading(List.of()), ui);
        this.requests = requests;
        this.outbox = outbox;
        this.navigator = navigator;
        this.messages = messages;
        this.watch = new OutboxWatch(outbox, OutboxItem.Kind.REQUEST, ui, () -> state().outbox(), this::outboxChanged);
    }

    private List<OutboxItem> mine() {
        return watch.items();
    }

    public void load() {
        publish(new RequestsUiState.Loading(mine()));
        when(requests.requests(),
                l -> publish(new RequestsUiState.Content(l.value(), l.savedAt(), l.fromCache(), mine())),
                e -> publish(new RequestsUiState.Failed(messages.failure(e), mine())));
    }

    /** A request was added, tried, sent or refused: show it; when the server has answered one, fetch the list again. */
    private void outboxChanged(List<OutboxItem> now, boolean answered) {
        RequestsUiState s = state();
        if (answered && !(s instanceof RequestsUiState.Loading)) {
            load();
        } else if (s instanceof RequestsUiState.Content c) {
            publish(new RequestsUiState.Content(c.items(), c.savedAt(), c.fromCache(), now));
        } else if (s instanceof RequestsUiState.Failed f) {
            publish(new RequestsUiState.Failed(f.message(), now));
        }
    }

    public void open(long requestId) {
        navigator.go(new Destination.RequestDetail(requestId));
    }

    public void newRequest() {
        navigator.go(new Destination.RequestTypes());
    }

    /** Write a refused request again: its form, to fill in anew. */
    public void writeAgain(OutboxItem item) {
        navigator.go(new Destination.RequestForm(item.request().type()));
    }

    public void sendNow() {
        outbox.sendNow();
    }

    public void dismiss(OutboxItem item) {
        outbox.dismiss(item.key());
    }

    @Override
    public void dispose() {
        super.dispose();
        watch.close();
    }
}
