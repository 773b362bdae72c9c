package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.ProviderDto;
import cn.huzhong.care.core.domain.ServiceKind;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Providers of rehabilitation or device fitting: each with its town and address, how accessible it is to get
 * there and in, its phone (one tap to call), and the way to its free times.
 */
public final class ProvidersView extends StateScreen<ProvidersUiState> {
    public static final String CALL_PREFIX = "provider-call-";
    public static final String TIMES_PREFIX = "provider-times-";

    private final ProvidersViewModel vm;

    public ProvidersView(ProvidersViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(ProvidersUiState s) {
        root.getChildren().clear();
        if (s instanceof ProvidersUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("providers.progress.text"), l.slowNote()));
        } else if (s instanceof ProvidersUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof ProvidersUiState.Content c) {
            root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
            root.getChildren().add(Ui.body(c.intro()));
            for (ProviderDto p : c.providers()) {
                root.getChildren().add(card(p));
            }
        }
    }

    private Node card(ProviderDto p) {
        VBox card = Ui.card(Ui.heading(p.name()),
                ui.fact(ui.t("providers.address.label"), ui.t("providers.address.value", p.townName(), p.address())));
        if (p.accessibilityNotes() != null && !p.accessibilityNotes().isBlank()) {
            card.getChildren().add(ui.fact(ui.t("providers.access.label"), p.accessibilityNotes()));
        }
        Button times = ui.secondary(ui.t("providers.times.label", p.name()), MaterialDesignC.CALENDAR_SEARCH,
                () -> vm.chooseTime(p));
        times.setId(TIMES_PREFIX + p.id());
        card.getChildren().add(times);
        if (p.phone() != null && !p.phone().isBlank()) {
            card.getChildren().add(ui.fact(ui.t("providers.phone.label"), p.phone()));
            Button call = ui.secondary(ui.t("providers.call.label", p.name()), MaterialDesignP.PHONE, () -> vm.call(p));
            call.setId(CALL_PREFIX + p.id());
            card.getChildren().add(call);
        }
        return card;
    }


    @Override
    public String title() {
        return ui.t(vm.state().service() == ServiceKind.REHABILITATION ? "providers.title.rehabilitation"
                : "providers.title.fitting");
    }

}
