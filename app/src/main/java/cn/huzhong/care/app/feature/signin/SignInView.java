package cn.huzhong.care.app.feature.signin;

import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.kit.Overlay;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.ArrayList;
import java.util.List;

/**
 * Sign-in: phone and password, "登录" pinned at the bottom; the hotlines without signing in; in demo mode one
 * "演示账号" row that opens the list of demo accounts in a sheet (choosing one fills in the form).
 */
public final class SignInView extends StateScreen<SignInUiState> {
    public static final String ID_PHONE = "signin-phone";
    public static final String ID_PASSWORD = "signin-password";
    public static final String ID_PHONE_ERROR = "signin-phone-error";
    public static final String ID_PASSWORD_ERROR = "signin-password-error";
    public static final String ID_FORM_MESSAGE = "signin-form-message";
    public static final String ID_SUBMIT = "signin-submit";
    public static final String ID_DEMO = "signin-demo";
    public static final String ID_REGISTER_VOLUNTEER = "signin-register-volunteer";
    public static final String ID_DEMO_SHEET = "signin-demo-sheet";
    public static final String ID_DEMO_CLOSE = "signin-demo-close";
    public static final String DEMO_PREFIX = "signin-demo-";

    private final SignInViewModel vm;
    private final Ui.Field<TextField> phone;
    private final Ui.Field<PasswordField> password;
    private final VBox formMessage = Ui.slot();
    private final VBox busy = Ui.slot();
    private final Button submit;

    public SignInView(SignInViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
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

        root.getChildren().addAll(welcome, intro, phone.box(), password.box(), formMessage, busy);
        Button hotlines = ui.row(ui.t("signin.hotlines.label"), MaterialDesignP.PHONE_IN_TALK, vm::openHotlines,
                Ui.heading(ui.t("signin.hotlines.label")), Ui.muted(ui.t("signin.hotlines.sub")));
        hotlines.setId("signin-hotlines");
        root.getChildren().add(hotlines);
        Button volunteer = ui.row(ui.t("volunteer.register.row"), org.kordamp.ikonli.materialdesign2.MaterialDesignH.HAND_HEART,
                vm::registerVolunteer, Ui.heading(ui.t("volunteer.register.row")), Ui.muted(ui.t("volunteer.register.rowSub")));
        volunteer.setId(ID_REGISTER_VOLUNTEER);
        root.getChildren().add(volunteer);
        SignInUiState initial = vm.state();
        if (initial != null && !initial.demoAccounts().isEmpty()) {
            Button demo = ui.row(ui.t("signin.demo.row", initial.demoAccounts().size()), MaterialDesignA.ACCOUNT_MULTIPLE,
                    () -> demoSheet(initial), Ui.heading(ui.t("signin.demo.heading")),
                    Ui.muted(ui.t("signin.demo.row", initial.demoAccounts().size())));
            demo.setId(ID_DEMO);
            root.getChildren().add(demo);
        }
        start(null);
    }

    /** The demo accounts, in a sheet: choosing one fills in the form and closes it. */
    private void demoSheet(SignInUiState state) {
        List<Node> rows = new ArrayList<>();
        rows.add(Ui.body(ui.t("signin.demo.text")));
        for (SignInUiState.DemoAccount a : state.demoAccounts()) {
            Button b = ui.row(ui.t("signin.demo.use", a.description()), () -> {
                vm.useDemoAccount(a);
                ui.overlay().close(ID_DEMO_SHEET);
                Platform.runLater(submit::requestFocus);
            }, Ui.body(a.description()), Ui.muted(ui.t("signin.demo.phone", a.phone())));
            b.setId(DEMO_PREFIX + a.phone());
            rows.add(b);
        }
        ui.overlay().show(ui, new Overlay.Spec(ID_DEMO_SHEET, ui.t("signin.demo.heading"), rows,
                List.of(new Overlay.Action(ID_DEMO_CLOSE, ui.t("common.close"), Overlay.Tone.SAFE,
                        () -> ui.overlay().close(ID_DEMO_SHEET))),
                () -> ui.overlay().close(ID_DEMO_SHEET), true));
    }

    @Override
    protected void render(SignInUiState s) {
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
                if (e.focus() == null) {
                    Ui.result(m, e.formMessage());
                }
            }
            if (e.focus() != null) {
                Node target = e.focus() == SignInUiState.Field.PHONE ? phone.control() : password.control();
                Platform.runLater(target::requestFocus);
            }
        }
    }

    @Override
    public List<Node> bottomActions() {
        return List.of(submit);
    }

    @Override
    public String title() {
        return ui.t("signin.title");
    }
}
