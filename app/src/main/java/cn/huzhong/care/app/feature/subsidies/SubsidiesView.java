package cn.huzhong.care.app.feature.subsidies;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.Ui;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The list of subsidies: each row says the benefit, its status in words, what happens next, and the amount. */
public final class SubsidiesView extends StateScreen<SubsidiesUiState> {
    public static final String ID_FINDER = "subsidies-finder";
    public static final String ROW_PREFIX = "subsidy-row-";

    private final SubsidiesViewModel vm;

    public SubsidiesView(SubsidiesViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(SubsidiesUiState s) {
        root.getChildren().clear();
        if (s instanceof SubsidiesUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("subsidies.progress.text"), l.slowNote()));
        } else if (s instanceof SubsidiesUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof SubsidiesUiState.Content c) {
            root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
            root.getChildren().add(Ui.body(c.count()));
            for (SubsidiesUiState.Row item : c.items()) {
                root.getChildren().add(row(item));
            }
        }
        Button finder = ui.secondary(ui.t("subsidies.finder.label"), MaterialDesignT.TEXT_BOX_SEARCH, vm::openFinder);
        finder.setId(ID_FINDER);
        root.getChildren().add(finder);
    }

    private Node row(SubsidiesUiState.Row item) {
        Label name = Ui.heading(item.item().name());
        Label status = ui.status(item.status(), item.tone());
        Label statusText = Ui.body(item.item().statusText());
        Label amount = Ui.muted(item.amount());
        Button b = item.next() == null
                ? ui.row(item.spoken(), () -> vm.open(item.id()), name, status, statusText, amount)
                : ui.row(item.spoken(), () -> vm.open(item.id()), name, status, statusText, Ui.body(item.next()), amount);
        b.setId(ROW_PREFIX + item.id());
        return b;
    }


    @Override
    public String title() {
        return ui.t("subsidies.title");
    }

    @Override
    public boolean aboutPerson() {
        return true;
    }
}
