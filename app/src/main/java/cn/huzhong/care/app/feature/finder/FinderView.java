package cn.huzhong.care.app.feature.finder;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.Screen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.BenefitMatchDto;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The benefit finder: each benefit with why the person probably qualifies, its amount, and "apply"; applying
 * asks to confirm in place (no pop-up), then says in words that the application was filed and where to follow it.
 */
public final class FinderView implements Screen {
    public static final String ID_APPLIED = "finder-applied";
    public static final String ID_OPEN_SUBSIDIES = "finder-open-subsidies";
    public static final String ID_CONFIRM = "finder-confirm";
    public static final String ID_CANCEL = "finder-cancel";
    public static final String APPLY_PREFIX = "finder-apply-";

    private final FinderViewModel vm;
    private final Ui ui;
    private final VBox root;

    public FinderView(FinderViewModel vm, Ui ui) {
        this.vm = vm;
        this.ui = ui;
        root = ui.screen();
        vm.stateProperty().addListener((obs, old, s) -> render(s));
        vm.load();
        render(vm.state());
    }

    private void render(FinderUiState s) {
        root.getChildren().clear();
        if (s instanceof FinderUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("finder.progress.text"), l.slowNote()));
        } else if (s instanceof FinderUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof FinderUiState.Content c) {
            content(c);
        }
    }

    private void content(FinderUiState.Content c) {
        Node focus = null;
        if (c.applied() != null) {
            Label done = ui.status(ui.t("finder.applied.text", c.applied()), Styles.Tone.OK);
            done.setId(ID_APPLIED);
            Button open = ui.secondary(ui.t("finder.applied.open"), MaterialDesignF.FORMAT_LIST_CHECKS, vm::openSubsidies);
            open.setId(ID_OPEN_SUBSIDIES);
            root.getChildren().addAll(Ui.card(done, open));
            focus = open;
        }
        root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
        root.getChildren().add(Ui.body(c.intro()));
        for (BenefitMatchDto m : c.matches()) {
            VBox card = Ui.card(Ui.heading(m.name()),
                    ui.fact(ui.t("finder.reason.label"), m.reason()),
                    ui.fact(ui.t("finder.amount.label"), m.demoAmount()
                            ? ui.t("finder.amount.demo", m.amountText()) : m.amountText()),
                    Ui.body(m.description()));
            if (m.kind() == c.confirming()) {
                card.getChildren().add(Ui.heading(ui.t("finder.confirm.question", m.name())));
                card.getChildren().add(Ui.body(ui.t("finder.confirm.what")));
                if (c.applying() != null) {
                    card.getChildren().add(ui.progress(ui.t("finder.apply.progress", m.name())));
                }
                if (c.error() != null) {
                    card.getChildren().add(ui.status(c.error(), Styles.Tone.ERROR));
                }
                Button yes = ui.primary(ui.t("finder.confirm.yes", m.name()), vm::confirm);
                yes.setId(ID_CONFIRM);
                yes.setDisable(c.applying() != null);
                Button no = ui.secondary(ui.t("finder.confirm.no"), MaterialDesignC.CLOSE, vm::cancel);
                no.setId(ID_CANCEL);
                no.setDisable(c.applying() != null);
                card.getChildren().addAll(yes, no);
                if (c.applying() == null) {
                    focus = yes;
                }
            } else {
                Button apply = ui.secondary(ui.t("finder.apply.label", m.name()), MaterialDesignF.FILE_DOCUMENT_EDIT,
                        () -> vm.askToApply(m.kind()));
                apply.setId(APPLY_PREFIX + m.kind().name());
                apply.setDisable(c.applying() != null);
                A11y.action(apply, "finder.apply." + m.kind().name());
                card.getChildren().add(apply);
            }
            root.getChildren().add(card);
        }
        if (focus != null) {
            Node target = focus;
            Platform.runLater(target::requestFocus);
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public String title() {
        return ui.t("finder.title");
    }

    @Override
    public void dispose() {
        vm.dispose();
    }
}
