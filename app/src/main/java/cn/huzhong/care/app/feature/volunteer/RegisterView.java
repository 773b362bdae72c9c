package cn.huzhong.care.app.feature.volunteer;

import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.Town;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Registering as a volunteer: what it means, name, phone, password, the towns and the kinds of help (ticked), and
 * "register"; each field's error under it. Once sent: that the registration waits for staff.
 */
public final class RegisterView extends StateScreen<RegisterUiState> {
    public static final String ID_NAME = "register-name";
    public static final String ID_PHONE = "register-phone";
    public static final String ID_PASSWORD = "register-password";
    public static final String TOWN_PREFIX = "register-town-";
    public static final String KIND_PREFIX = "register-kind-";
    public static final String ID_SUBMIT = "register-submit";
    public static final String ID_FORM_ERROR = "register-form-error";
    public static final String ID_DONE = "register-done";
    public static final String ID_TO_SIGN_IN = "register-to-sign-in";

    private final RegisterViewModel vm;
    private final Ui.Field<TextField> name;
    private final Ui.Field<TextField> phone;
    private final Ui.Field<PasswordField> password;
    private final Ui.Checks<Town> towns;
    private final Ui.Checks<HelpKind> kinds;
    private final VBox form;
    private final VBox message = Ui.slot();
    private final VBox busy = Ui.slot();
    private final Button submit;

    public RegisterView(RegisterViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        TextField nameInput = new TextField();
        nameInput.setId(ID_NAME);
        nameInput.textProperty().bindBidirectional(vm.nameProperty());
        name = ui.field(ui.t("volunteer.register.name"), nameInput);
        TextField phoneInput = new TextField();
        phoneInput.setId(ID_PHONE);
        phoneInput.textProperty().bindBidirectional(vm.phoneProperty());
        phone = ui.field(ui.t("volunteer.register.phone"), phoneInput);
        PasswordField passwordInput = new PasswordField();
        passwordInput.setId(ID_PASSWORD);
        passwordInput.textProperty().bindBidirectional(vm.passwordProperty());
        password = ui.field(ui.t("volunteer.register.password"), passwordInput);
        password.box().getChildren().add(2, Ui.muted(ui.t("volunteer.register.password.hint")));
        towns = ui.checks(ui.t("volunteer.register.towns"), Arrays.asList(Town.values()),
                t -> t.displayName(ui.messages().lang()), vm.towns(), vm::town);
        for (int i = 0; i < Town.values().length; i++) {
            towns.options().get(i).setId(TOWN_PREFIX + Town.values()[i].name());
        }
        kinds = ui.checks(ui.t("volunteer.register.kinds"), Arrays.asList(HelpKind.values()),
                k -> ui.messages().core("helpKind." + k), vm.kinds(), vm::kind);
        for (int i = 0; i < HelpKind.values().length; i++) {
            kinds.options().get(i).setId(KIND_PREFIX + HelpKind.values()[i].name());
        }
        form = new VBox(Ui.title(ui.t("volunteer.register.heading")), Ui.body(ui.t("volunteer.register.intro")),
                name.box(), phone.box(), password.box(), towns.box(), kinds.box(), message, busy);
        form.setSpacing(ui.mode().fontPx() * 0.75);
        submit = ui.primary(ui.t("volunteer.register.submit"), vm::register);
        submit.setId(ID_SUBMIT);
        submit.setGraphic(ui.icon(MaterialDesignA.ACCOUNT_PLUS));
        form.getChildren().add(submit);
        root.getChildren().add(form);
        start(null);
    }

    @Override
    protected void render(RegisterUiState s) {
        if (s instanceof RegisterUiState.Registered r) {
            Label status = ui.status(r.title(), Styles.Tone.OK);
            status.setId(ID_DONE);
            Button back = ui.primary(ui.t("volunteer.register.toSignIn"), vm::toSignIn);
            back.setId(ID_TO_SIGN_IN);
            root.getChildren().setAll(Ui.card(status, Ui.body(r.text())), back);
            Ui.result(status, r.title() + " " + r.text());
            return;
        }
        RegisterUiState.Editing e = (RegisterUiState.Editing) s;
        submit.setDisable(e.sending());
        form.setDisable(e.sending());
        busy.getChildren().setAll(e.sending() ? List.of(ui.progress(ui.t("volunteer.register.sending"))) : List.of());
        Map<String, String> errors = e.errors();
        A11y.showError(name.control(), name.error(), errors.get("name"));
        A11y.showError(phone.control(), phone.error(), errors.get("phone"));
        A11y.showError(password.control(), password.error(), errors.get("password"));
        towns.showError(errors.get("towns"));
        kinds.showError(errors.get("kinds"));
        message.getChildren().clear();
        if (e.formError() != null) {
            Label m = ui.status(e.formError(), Styles.Tone.ERROR);
            m.setId(ID_FORM_ERROR);
            message.getChildren().add(m);
            Ui.result(m, e.formError());
        }
        if (e.focus() != null) {
            Control target = switch (e.focus()) {
                case "name" -> name.control();
                case "phone" -> phone.control();
                case "password" -> password.control();
                case "towns" -> towns.first();
                default -> kinds.first();
            };
            Platform.runLater(target::requestFocus);
        }
    }

    @Override
    public String title() {
        return ui.t("volunteer.register.title");
    }
}
