package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.OutboxCards;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.ServiceRequestSummary;
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
public final class RequestsView extends StateScreen<RequestsUiState> {
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
    protected void render(RequestsUiState s) {
        root.getChildren().clear();
        outbox(s.outbox());
        if (s instanceof RequestsUiState.Loading) {
            root.getChildren().add(ui.progress(ui.t("requests.progress.text")));
        } else if (s instanceof RequestsUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof RequestsUiState.Content c) {
            root.getChildren().addAll(ui.cachedNoteWithReload(c.savedAt(), c.fromCache(), vm::load));
            root.getChildren().add(Ui.body(c.items().isEmpty() ? ui.t("requests.empty.text")
                    : ui.t("requests.count.text", c.items().size())));
            for (ServiceRequestSummary r : c.items()) {
                root.getChildren().add(row(r));
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

    private Node row(ServiceRequestSummary r) {
        String status = ui.messages().core("requestStatus." + r.status() + ".title");
        String next = r.nextText() == null ? "" : r.nextText();
        Label name = Ui.heading(r.typeName());
        Label st = ui.status(ui.t("requests.row.status", status), RequestTone.of(r.status()));
        Label text = Ui.body(r.statusText());
        Label when = Ui.muted(ui.t("requests.row.created", ui.messages().date(r.createdOn()), String.valueOf(r.id())));
        String spoken = ui.t("requests.row.spoken", r.typeName(), status, r.statusText(), next,
                ui.messages().date(r.createdOn()), String.valueOf(r.id()));
        Button b = next.isBlank()
                ? ui.row(spoken, () -> vm.open(r.id()), name, st, text, when)
                : ui.row(spoken, () -> vm.open(r.id()), name, st, text, Ui.body(next), when);
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
