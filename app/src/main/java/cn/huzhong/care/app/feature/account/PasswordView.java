package cn.huzhong.care.app.feature.account;

import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

import java.util.List;
import java.util.Map;

/** The current password, the new one twice (with its rules said first), "change"; each error under its field. */
public final class PasswordView extends StateScreen<PasswordUiState> {
    public static final String ID_CURRENT = "password-current";
    public static final String ID_NEW = "password-new";
    public static final String ID_REPEAT = "password-repeat";
    public static final String ID_SUBMIT = "password-submit";
    public static final String ID_DONE = "password-done";
    public static final String ID_FORM_ERROR = "password-form-error";

    private final PasswordViewModel vm;
    private final Ui.Field<PasswordField> current;
    private final Ui.Field<PasswordField> next;
    private final Ui.Field<PasswordField> repeat;
    private final VBox message = Ui.slot();
    private final VBox busy = Ui.slot();
    private final Button submit;

    public PasswordView(PasswordViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        current = field(ID_CURRENT, "account.password.current", vm.currentProperty());
        next = field(ID_NEW, "account.password.new", vm.newProperty());
        next.box().getChildren().add(2, Ui.muted(ui.t("volunteer.register.password.hint")));
        repeat = field(ID_REPEAT, "account.password.repeat", vm.repeatProperty());
        submit = ui.primary(ui.t("account.password.submit"), vm::change);
        submit.setId(ID_SUBMIT);
        submit.setGraphic(ui.icon(MaterialDesignL.LOCK_RESET));
        root.getChildren().addAll(message, Ui.body(ui.t("account.password.intro")), current.box(), next.box(),
                repeat.box(), busy, submit);
        start(null);
    }

    private Ui.Field<PasswordField> field(String id, String label, javafx.beans.property.StringProperty value) {
        PasswordField input = new PasswordField();
        input.setId(id);
        input.textProperty().bindBidirectional(value);
        Ui.Field<PasswordField> f = ui.field(ui.t(label), input);
        f.error().setId(id + "-error");
        return f;
    }

    @Override
    protected void render(PasswordUiState s) {
        PasswordUiState.Editing e = (PasswordUiState.Editing) s;
        submit.setDisable(e.sending());
        busy.getChildren().setAll(e.sending() ? List.of(ui.progress(ui.t("account.password.sending"))) : List.of());
        Map<String, String> errors = e.errors();
        A11y.showError(current.control(), current.error(), errors.get("currentPassword"));
        A11y.showError(next.control(), next.error(), errors.get("newPassword"));
        A11y.showError(repeat.control(), repeat.error(), errors.get("repeat"));
        message.getChildren().clear();
        if (e.done() != null) {
            Label done = ui.status(e.done(), Styles.Tone.OK);
            done.setId(ID_DONE);
            message.getChildren().add(done);
            Ui.result(done, e.done());
        }
        if (e.formError() != null) {
            Label m = ui.status(e.formError(), Styles.Tone.ERROR);
            m.setId(ID_FORM_ERROR);
            message.getChildren().add(m);
            Ui.result(m, e.formError());
        }
        if (e.focus() != null) {
            PasswordField target = switch (e.focus()) {
                case "currentPassword" -> current.control();
                case "newPassword" -> next.control();
                default -> repeat.control();
            };
            Platform.runLater(target::requestFocus);
        }
    }

    @Override
    public String title() {
        return ui.t("account.password.title");
    }
}
