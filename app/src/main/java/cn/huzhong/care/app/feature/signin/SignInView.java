package cn.huzhong.care.app.feature.signin;

import cn.huzhong.care.app.shell.Screen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** Sign-in: phone, password, one primary action; demo accounts listed in demo mode. */
public final class SignInView implements Screen {
    public static final String ID_PHONE = "signin-phone";
    public static final String ID_PASSWORD = "signin-password";
    public static final String ID_PHONE_ERROR = "signin-phone-error";
    public static final String ID_PASSWORD_ERROR = "signin-password-error";
    public static final String ID_FORM_MESSAGE = "signin-form-message";
    public static final String ID_SUBMIT = "signin-submit";

    private final SignInViewModel vm;
    private final Ui ui;
    private final VBox root;
    private final Ui.Field<TextField> phone;
    private final Ui.Field<PasswordField> password;
    private final VBox formMessage = Ui.slot();
    private final VBox busy = Ui.slot();
    private final Button submit;

    public SignInView(SignInViewModel vm, Ui ui) {
        this.vm = vm;
        this.ui = ui;
        Label welcome = Ui.title(ui.t("signin.welcome.title"));
        Label intro = Ui.body(ui.t("signin.welcome.text"));

        TextField phoneInput = new TextField();
        phoneInput.setId(ID_PHONE);
        phoneInput.textProperty().bindBidirectional(vm.phoneProperty());
        phone = ui.field(ui.t("signin.phone.label"), phoneInput);
        phone.error().setId(ID_PHONE_ERROR);
        Label phoneHint = Ui.muted(ui.t("signin.phone.hint"));
        phone.box().getChildren().add(2, phoneHint);

        PasswordField passwordInput = new PasswordField();
        passwordInput.setId(ID_PASSWORD);
        passwordInput.textProperty().bindBidirectional(vm.passwordProperty());
        password = ui.field(ui.t("signin.password.label"), passwordInput);
        password.error().setId(ID_PASSWORD_ERROR);
        phoneInput.setOnAction(e -> passwordInput.requestFocus());
        passwordInput.setOnAction(e -> vm.signIn());

        submit = ui.primary(ui.t("signin.submit.label"), vm::signIn);
        submit.setId(ID_SUBMIT);
        submit.setGraphic(ui.icon(MaterialDesignA.ACCOUNT_ARROW_RIGHT));

        root = ui.screen(welcome, intro, phone.box(), password.box(), formMessage, busy, submit);

        SignInUiState initial = vm.state();
        if (initial != null && !initial.demoAccounts().isEmpty()) {
            root.getChildren().add(demoAccounts(initial));
        }
        Button hotlines = ui.secondary(ui.t("signin.hotlines.label"), MaterialDesignP.PHONE_IN_TALK, vm::openHotlines);
        root.getChildren().add(hotlines);

        vm.stateProperty().addListener((obs, old, s) -> render(s));
        render(vm.state());
    }

    private Node demoAccounts(SignInUiState state) {
        VBox list = Ui.section(Ui.heading(ui.t("signin.demo.heading")), Ui.body(ui.t("signin.demo.text")));
        for (SignInUiState.DemoAccount a : state.demoAccounts()) {
            Button b = ui.row(ui.t("signin.demo.use", a.description()), () -> vm.useDemoAccount(a),
                    Ui.body(a.description()), Ui.muted(ui.t("signin.demo.phone", a.phone())));
            b.setId("signin-demo-" + a.phone());
            list.getChildren().add(b);
        }
        return list;
    }

    private void render(SignInUiState s) {
        boolean signingIn = s instanceof SignInUiState.SigningIn;
        submit.setDisable(signingIn);
        if (signingIn) {
            busy.getChildren().setAll(ui.progress(ui.t("signin.progress.text")));
        } else {
            busy.getChildren().clear();
        }
        if (s instanceof SignInUiState.Editing e) {
            A11y.showError(phone.control(), phone.error(), e.phoneError());
            A11y.showError(password.control(), password.error(), e.passwordError());
            formMessage.getChildren().clear();
            if (e.noServer()) {
                formMessage.getChildren().add(ui.status(ui.t("signin.error.noServer"), Styles.Tone.WARN));
            }
            if (e.formMessage() != null) {
                Label m = ui.status(e.formMessage(), Styles.Tone.ERROR);
                m.setId(ID_FORM_MESSAGE);
                formMessage.getChildren().add(m);
            }
            if (e.focus() != null) {
                Node target = e.focus() == SignInUiState.Field.PHONE ? phone.control() : password.control();
                Platform.runLater(target::requestFocus);
            }
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public String title() {
        return ui.t("signin.title");
    }

    @Override
    public void dispose() {
        vm.dispose();
    }
}
