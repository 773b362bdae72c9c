package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.data.Loaded;
import cn.huzhong.care.app.data.Outbox;
import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.data.Paged;
import cn.huzhong.care.app.data.Reading;
import cn.huzhong.care.app.data.RequestRepository;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.OutboxListViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.ServiceRequestSummary;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The person's service requests (F5): each with its status in words and what happens next, newest first, page by
 * page; those made while offline are listed as "waiting to send" until the server has them, and when the server has
 * answered one (taken it, or refused it), the list is read again.
 */
public final class RequestsViewModel extends OutboxListViewModel<Paged<ServiceRequestSummary>, RequestList> {
    private final RequestRepository requests;
    private final Navigator navigator;

    public RequestsViewModel(RequestRepository requests, Outbox outbox, Navigator navigator, Messages messages,
                             Clock clock, Executor ui) {
        super(outbox, OutboxItem.Kind.REQUEST, messages, clock, ui);
        this.requests = requests;
        this.navigator = navigator;
    }

    @Override
    protected Reading<Paged<ServiceRequestSummary>> reading() {
        return requests.requests();
    }

    @Override
    protected CompletableFuture<Loaded<Paged<ServiceRequestSummary>>> nextPage() {
        return requests.moreRequests();
    }

    @Override
    protected boolean hasMore(Paged<ServiceRequestSummary> list) {
        return list.more();
    }

    @Override
    protected RequestList present(Paged<ServiceRequestSummary> list) {
        Messages m = messages();
        String count = list.items().isEmpty() ? m.get("requests.empty.text")
                : list.more() ? m.get("requests.count.partial", list.items().size())
                : m.get("requests.count.text", list.items().size());
        return new RequestList(count, list.items().stream().map(r -> row(r, m)).toList());
    }

    static RequestList.Row row(ServiceRequestSummary r, Messages m) {
        String status = m.core("requestStatus." + r.status() + ".title");
        String next = r.nextText() == null || r.nextText().isBlank() ? null : r.nextText();
        String created = m.get("requests.row.created", m.date(r.createdOn()), String.valueOf(r.id()));
        String spoken = m.get("requests.row.spoken", r.typeName(), status, r.statusText(), next == null ? "" : next,
                m.date(r.createdOn()), String.valueOf(r.id()));
        return new RequestList.Row(r, m.get("requests.row.status", status), RequestTone.of(r.status()), next, created,
                spoken);
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
}
