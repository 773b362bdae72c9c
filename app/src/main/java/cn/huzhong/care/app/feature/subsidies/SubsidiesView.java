package cn.huzhong.care.app.feature.subsidies;

import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.SubsidySummary;
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
        if (s instanceof SubsidiesUiState.Loading) {
            root.getChildren().add(ui.progress(ui.t("subsidies.progress.text")));
        } else if (s instanceof SubsidiesUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof SubsidiesUiState.Content c) {
            root.getChildren().addAll(ui.cachedNoteWithReload(c.savedAt(), c.fromCache(), vm::load));
            root.getChildren().add(Ui.body(c.items().isEmpty() ? ui.t("subsidies.empty.text")
                    : ui.t("subsidies.count.text", c.items().size())));
            for (SubsidySummary item : c.items()) {
                root.getChildren().add(row(item));
            }
        }
        Button finder = ui.secondary(ui.t("subsidies.finder.label"), MaterialDesignT.TEXT_BOX_SEARCH, vm::openFinder);
        finder.setId(ID_FINDER);
        root.getChildren().add(finder);
    }

    private Node row(SubsidySummary item) {
        String step = ui.messages().core("step." + item.step().name() + ".title");
        Label name = Ui.heading(item.name());
        Label status = ui.status(ui.t("subsidies.row.status", step), StepTone.of(item.step()));
        Label statusText = Ui.body(item.statusText());
        Label next = Ui.body(item.nextText() == null ? "" : item.nextText());
        Label amount = Ui.muted(ui.t("subsidies.row.amount", item.amountText()));
        String spoken = ui.t("subsidies.row.spoken", item.name(), step, item.statusText(),
                item.nextText() == null ? "" : item.nextText(), item.amountText());
        Button b = item.nextText() == null || item.nextText().isBlank()
                ? ui.row(spoken, () -> vm.open(item.id()), name, status, statusText, amount)
                : ui.row(spoken, () -> vm.open(item.id()), name, status, statusText, next, amount);
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
