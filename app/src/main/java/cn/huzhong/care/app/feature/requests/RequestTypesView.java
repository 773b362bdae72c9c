package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.domain.ServiceRequestType;
import javafx.scene.control.Button;

import java.util.Locale;

/**
 * What kind of service: one row per kind with a line on what it is; choosing a row opens its form. The culture
 * services ("五个一") carry their explanation.
 */
public final class RequestTypesView extends StateScreen<RequestTypesUiState> {
    public static final String TYPE_PREFIX = "request-type-";

    private final RequestTypesViewModel vm;

    public RequestTypesView(RequestTypesViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        root.getChildren().add(Ui.body(ui.t("requestTypes.intro.text")));
        for (ServiceRequestType t : vm.state().types()) {
            String name = ui.messages().core("requestType." + t);
            String help = ui.t("requestTypes.help." + t.name().toLowerCase(Locale.ROOT));
            Button row = ui.row(ui.t("requestTypes.row.spoken", name, help), () -> {
                vm.select(t);
                vm.next();
            }, Ui.heading(name), Ui.muted(help));
            row.setId(TYPE_PREFIX + t.name());
            root.getChildren().add(row);
            if (t == ServiceRequestType.CULTURE) {
                root.getChildren().add(ui.explain("wugeyi"));
            }
        }
        start(null);
    }

    @Override
    protected void render(RequestTypesUiState s) {
        // a row opens its form straight away: nothing on this screen changes with the state
    }

    @Override
    public String title() {
        return ui.t("requestTypes.title");
    }
}
