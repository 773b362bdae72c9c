package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.Ui;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The audit trail: whose entries, how many, then each entry (what, when and who, about whom, before → after). */
public final class AuditView extends StateScreen<AuditUiState> {
    public static final String ID_SUMMARY = "audit-summary";
    public static final String ENTRY_PREFIX = "audit-entry-";
    public static final String ID_MORE = "audit-more";
    public static final String ID_ERROR = "audit-error";
    public static final String ID_PERIOD = "audit-period";
    public static final String ID_MINE = "audit-mine";

    private final AuditViewModel vm;

    public AuditView(AuditViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(AuditUiState s) {
        root.getChildren().clear();
        // the filters stay through loading, so the one just used keeps focus
        root.getChildren().add(filters());
        if (s instanceof AuditUiState.Loading) {
            root.getChildren().add(ui.progress(ui.t("audit.progress")));
        } else if (s instanceof AuditUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof AuditUiState.Content c) {
            Label summary = Ui.body(c.summary());
            summary.setId(ID_SUMMARY);
            root.getChildren().addAll(Ui.title(c.scope()), summary, Ui.muted(ui.t("audit.note")));
            for (AuditUiState.Entry e : c.entries()) {
                VBox card = Ui.card(Ui.heading(e.what()), Ui.body(e.whenWho()));
                if (e.about() != null) {
                    card.getChildren().add(Ui.body(e.about()));
                }
                card.getChildren().add(Ui.muted(e.before()));
                if (e.after() != null) {
                    card.getChildren().add(Ui.muted(e.after()));
                }
                card.setId(ENTRY_PREFIX + e.id());
                card.setFocusTraversable(false);
                root.getChildren().add(card);
            }
            if (c.error() != null) {
                root.getChildren().add(ui.failed(ID_ERROR, c.error()));
            }
            if (c.loadingMore()) {
                root.getChildren().add(ui.progress(ui.t("audit.more.progress")));
            } else if (c.more()) {
                Button more = ui.secondary(ui.t("audit.more"), MaterialDesignC.CHEVRON_DOWN, vm::more);
                more.setId(ID_MORE);
                root.getChildren().add(more);
            }
        }
    }

    private VBox filters() {
        java.util.List<AuditViewModel.Period> periods = java.util.List.of(AuditViewModel.Period.values());
        cn.huzhong.care.app.ui.kit.Picker period = ui.segmented(ID_PERIOD, ui.t("audit.filter.period"), periods,
                p -> ui.t("audit.period." + p), vm.period(), vm::choosePeriod);
        javafx.scene.control.ToggleButton mine = ui.toggle(ID_MINE, ui.t("audit.filter.mine"), vm.mine(), vm::showMine);
        return Ui.section(period.node(), mine);
    }

    @Override
    public String title() {
        return ui.t("audit.title");
    }
}
