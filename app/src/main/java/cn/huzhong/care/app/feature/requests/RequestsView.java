package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.shell.OutboxListUiState;
import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.OutboxCards;
import cn.huzhong.care.app.ui.Ui;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;

/**
 * The person's requests: first those still on this phone (waiting to send, or refused), then each request with
 * its status in words and what happens next; "ask for a service" is the screen's one primary action, at the end.
 */
public final class RequestsView extends StateScreen<OutboxListUiState<RequestList>> {
    public static final String ROW_PREFIX = "request-row-";
    public static final String ID_NEW = "requests-new";
    public static final String ID_OUTBOX = "requests-outbox";

    private final RequestsViewModel vm;

    public RequestsView(RequestsViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(OutboxListUiState<RequestList> s) {
        root.getChildren().clear();
        outbox(s.outbox());
        if (s instanceof OutboxListUiState.Loading<RequestList> l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("requests.progress.text"), l.slowNote()));
        } else if (s instanceof OutboxListUiState.Failed<RequestList> f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof OutboxListUiState.Content<RequestList> c) {
            root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
            root.getChildren().add(Ui.body(c.data().count()));
            for (RequestList.Row r : c.data().rows()) {
                root.getChildren().add(row(r));
            }
            Node more = ReadViews.loadMore(ui, c.more(), ui.t("requests.title"), vm::loadMore);
            if (more != null) {
                root.getChildren().add(more);
            }
        }
        Button add = ui.primary(ui.t("requests.new.label"), vm::newRequest);
        add.setGraphic(ui.icon(MaterialDesignP.PLUS_CIRCLE));
        add.setId(ID_NEW);
        root.getChildren().add(add);
    }

    private void outbox(List<OutboxItem> items) {
        if (items.isEmpty()) {
            return;
        }
        VBox box = Ui.section(Ui.heading(ui.t("requests.outbox.heading")));
        box.setId(ID_OUTBOX);
        for (OutboxItem item : items) {
            box.getChildren().add(OutboxCards.card(ui, item, vm::sendNow, () -> vm.writeAgain(item), () -> vm.dismiss(item)));
        }
        root.getChildren().add(box);
    }

    private Node row(RequestList.Row r) {
        Label name = Ui.heading(r.item().typeName());
        Label st = ui.status(r.status(), r.tone());
        Label text = Ui.body(r.item().statusText());
        Label when = Ui.muted(r.created());
        Button b = r.next() == null
                ? ui.row(r.spoken(), () -> vm.open(r.id()), name, st, text, when)
                : ui.row(r.spoken(), () -> vm.open(r.id()), name, st, text, Ui.body(r.next()), when);
        b.setId(ROW_PREFIX + r.id());
        return b;
    }


    @Override
    public String title() {
        return ui.t("requests.title");
    }

    @Override
    public boolean aboutPerson() {
        return true;
    }
}
