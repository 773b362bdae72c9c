package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.shell.Screen;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.domain.ServiceRequestType;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.util.Locale;

/**
 * What kind of service: the types as radio buttons (a list a screen reader steps through, each with a line on
 * what it is), then "next" to the type's form.
 */
public final class RequestTypesView implements Screen {
    public static final String TYPE_PREFIX = "request-type-";
    public static final String ID_NEXT = "request-types-next";
    public static final String ID_ERROR = "request-types-error";

    private final RequestTypesViewModel vm;
    private final Ui ui;
    private final VBox root;
    private final Ui.Choice<ServiceRequestType> choice;

    public RequestTypesView(RequestTypesViewModel vm, Ui ui) {
        this.vm = vm;
        this.ui = ui;
        choice = ui.choice(ui.t("requestTypes.choice.label"), vm.state().types(),
                t -> ui.messages().core("requestType." + t) + "\n" + ui.t("requestTypes.help." + t.name().toLowerCase(Locale.ROOT)),
                vm.state().selected(), vm::select);
        for (int i = 0; i < choice.options().size(); i++) {
            choice.options().get(i).setId(TYPE_PREFIX + choice.values().get(i).name());
        }
        choice.error().setId(ID_ERROR);
        Button next = ui.primary(ui.t("requestTypes.next.label"), vm::next);
        next.setGraphic(ui.icon(MaterialDesignA.ARROW_RIGHT));
        next.setId(ID_NEXT);
        root = ui.screen(Ui.body(ui.t("requestTypes.intro.text")), choice.box(), next);
        vm.stateProperty().addListener((obs, old, s) -> render(s));
        render(vm.state());
    }

    private void render(RequestTypesUiState s) {
        choice.showError(s.error());
        if (s.error() != null) {
            Platform.runLater(choice.first()::requestFocus);
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public String title() {
        return ui.t("requestTypes.title");
    }
}
