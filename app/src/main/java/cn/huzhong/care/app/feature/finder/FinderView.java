package cn.huzhong.care.app.feature.finder;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.kit.Overlay;
import java.util.ArrayList;
import java.util.List;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.BenefitMatchDto;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The benefit finder (政策找人, explained): each benefit with why the person probably qualifies, its amount, and
 * "apply"; applying asks to confirm in a dialog, then says in a snackbar and at the top of the page that the
 * application was filed and where to follow it.
 */
public final class FinderView extends StateScreen<FinderUiState> {
    public static final String ID_APPLIED = "finder-applied";
    public static final String ID_OPEN_SUBSIDIES = "finder-open-subsidies";
    public static final String ID_DIALOG = "finder-confirm-dialog";
    public static final String ID_CONFIRM = "finder-confirm";
    public static final String ID_CANCEL = "finder-cancel";
    public static final String ID_ERROR = "finder-error";
    public static final String APPLY_PREFIX = "finder-apply-";

    private final FinderViewModel vm;

    public FinderView(FinderViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(FinderUiState s) {
        root.getChildren().clear();
        if (s instanceof FinderUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("finder.progress.text"), l.slowNote()));
        } else if (s instanceof FinderUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof FinderUiState.Content c) {
            content(c);
        }
        if (!(s instanceof FinderUiState.Content c) || c.confirming() == null) {
            ui.overlay().close(ID_DIALOG);
        }
    }

    private void content(FinderUiState.Content c) {
        if (c.applied() != null) {
            Label done = ui.status(ui.t("finder.applied.text", c.applied()), Styles.Tone.OK);
            done.setId(ID_APPLIED);
            Button open = ui.secondary(ui.t("finder.applied.open"), MaterialDesignF.FORMAT_LIST_CHECKS, vm::openSubsidies);
            open.setId(ID_OPEN_SUBSIDIES);
            root.getChildren().addAll(Ui.card(done, open));
            ui.snackbar("applied-" + c.applied(), ui.t("finder.applied.snackbar", c.applied()));
            Platform.runLater(open::requestFocus);
        }
        root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
        root.getChildren().add(Ui.body(c.intro()));
        root.getChildren().add(ui.explain("zhengcezhaoren"));
        for (BenefitMatchDto m : c.matches()) {
            VBox card = Ui.card(Ui.heading(m.name()),
                    ui.fact(ui.t("finder.reason.label"), m.reason()),
                    ui.fact(ui.t("finder.amount.label"), m.demoAmount()
                            ? ui.t("finder.amount.demo", m.amountText()) : m.amountText()),
                    Ui.body(m.description()));
            Button apply = ui.secondary(ui.t("finder.apply.label", m.name()), MaterialDesignF.FILE_DOCUMENT_EDIT,
                    () -> vm.askToApply(m.kind()));
            apply.setId(APPLY_PREFIX + m.kind().name());
            apply.setDisable(c.applying() != null);
            A11y.action(apply, "finder.apply." + m.kind().name());
            card.getChildren().add(apply);
            root.getChildren().add(card);
            if (m.kind() == c.confirming()) {
                dialog(c, m);
            }
        }
    }

    private void dialog(FinderUiState.Content c, BenefitMatchDto m) {
        List<Node> body = new ArrayList<>();
        body.add(Ui.body(ui.t("finder.confirm.what")));
        if (c.applying() != null) {
            body.add(ui.progress(ui.t("finder.apply.progress", m.name())));
        }
        if (c.error() != null) {
            Label error = ui.status(c.error(), Styles.Tone.ERROR);
            error.setId(ID_ERROR);
            body.add(error);
        }
        boolean busy = c.applying() != null;
        ui.overlay().show(ui, new Overlay.Spec(ID_DIALOG, ui.t("finder.confirm.question", m.name()), body, List.of(
                new Overlay.Action(ID_CANCEL, ui.t("finder.confirm.no"), Overlay.Tone.SAFE, vm::cancel, busy),
                new Overlay.Action(ID_CONFIRM, ui.t("finder.confirm.yes", m.name()), Overlay.Tone.CONFIRM, vm::confirm, busy)),
                busy ? null : vm::cancel, false));
        if (c.error() != null) {
            Ui.result(root.getScene() == null ? null : root.getScene().lookup("#" + ID_ERROR), c.error());
        }
    }

    @Override
    public String title() {
        return ui.t("finder.title");
    }

    @Override
    public boolean aboutPerson() {
        return true;
    }
}
