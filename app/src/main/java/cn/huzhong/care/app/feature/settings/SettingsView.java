package cn.huzhong.care.app.feature.settings;

import cn.huzhong.care.app.data.AppSettings;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.a11y.bridge.ScreenReaderStatus;
import cn.huzhong.care.app.ui.kit.Overlay;
import cn.huzhong.care.app.ui.kit.Picker;
import cn.huzhong.care.core.i18n.Lang;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * "Me" (settings before sign-in): who is signed in; language and text size as segmented buttons, high contrast and
 * reduced motion as switches; in demo and development builds only, the server address under "advanced"; signing
 * out, as a destructive action confirmed in a dialog that says what still waits on the phone.
 */
public final class SettingsView extends StateScreen<SettingsUiState> {
    public static final String ID_LANG = "settings-lang";
    public static final String ID_LANG_ZH = ID_LANG + "-0";
    public static final String ID_LANG_EN = ID_LANG + "-1";
    public static final String ID_SCALE = "settings-scale";
    public static final String ID_HIGH_CONTRAST = "settings-high-contrast";
    public static final String ID_REDUCED_MOTION = "settings-reduced-motion";
    public static final String ID_SERVER = "settings-server";
    public static final String ID_SERVER_ERROR = "settings-server-error";
    public static final String ID_SERVER_SAVE = "settings-server-save";
    public static final String ID_SERVER_SAVED = "settings-server-saved";
    public static final String ID_SIGN_OUT = "settings-sign-out";
    public static final String ID_SIGN_OUT_DIALOG = "settings-sign-out-dialog";
    public static final String ID_SIGN_OUT_CONFIRM = "settings-sign-out-confirm";
    public static final String ID_SIGN_OUT_KEEP = "settings-sign-out-keep";
    public static final String ID_UNSENT = "settings-unsent";
    public static final String ID_PASSWORD = "settings-password";
    public static final String ID_PERSONAL_DATA = "settings-personal-data";

    private final SettingsViewModel vm;
    private final VBox account = Ui.slot();
    private final VBox advanced = Ui.slot();
    private final Ui.Field<TextField> server;
    private final VBox serverStatus = Ui.slot();

    public SettingsView(SettingsViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        AppSettings s = ((SettingsUiState.Content) vm.state()).settings();

        Picker lang = ui.segmented(ID_LANG, ui.t("settings.lang.heading"), List.of(Lang.ZH, Lang.EN),
                l -> ui.t(l == Lang.ZH ? "settings.lang.zh" : "settings.lang.en"), s.lang(), vm::setLang);
        List<Double> scales = Arrays.stream(AppSettings.TEXT_SCALES).boxed().toList();
        Picker scale = ui.segmented(ID_SCALE, ui.t("settings.scale.heading"), scales,
                x -> ui.t("settings.scale.option", (int) Math.round(x * 100)), s.textScale(), vm::setTextScale);
        scale.box().getChildren().add(2, Ui.muted(ui.t("settings.scale.sample")));

        ToggleButton contrast = ui.toggle(ID_HIGH_CONTRAST, ui.t("settings.contrast.label"), s.highContrast(),
                vm::setHighContrast);
        contrast.setAccessibleHelp(ui.t("settings.contrast.help"));
        ToggleButton motion = ui.toggle(ID_REDUCED_MOTION, ui.t("settings.motion.label"), s.reducedMotion(),
                vm::setReducedMotion);
        motion.setAccessibleHelp(ui.t("settings.motion.help"));
        VBox display = Ui.section(Ui.heading(ui.t("settings.display.heading")), lang.box(), scale.box(), contrast,
                Ui.muted(ui.t("settings.contrast.help")), motion, Ui.muted(ui.t("settings.motion.help")),
                Ui.body(ui.t(ScreenReaderStatus.isOn() ? "settings.screenReader.on" : "settings.screenReader.off")));

        TextField address = new TextField();
        address.setId(ID_SERVER);
        address.textProperty().bindBidirectional(vm.serverAddressProperty());
        address.setPromptText("https://");
        server = ui.field(ui.t("settings.server.label"), address);
        server.error().setId(ID_SERVER_ERROR);
        server.box().getChildren().add(2, Ui.muted(ui.t("settings.server.help")));
        address.setOnAction(e -> vm.saveServerAddress());

        root.getChildren().addAll(account, display, advanced);
        start(null);
    }

    @Override
    protected void render(SettingsUiState state) {
        SettingsUiState.Content s = (SettingsUiState.Content) state;
        renderAccount(s);
        renderAdvanced(s);
        if (s.confirmingSignOut()) {
            List<javafx.scene.Node> body = new ArrayList<>();
            body.add(Ui.body(ui.t("settings.signOut.question", s.signedInName())));
            if (s.unsent() > 0) {
                body.add(ui.status(ui.t("settings.signOut.unsent", s.unsent()), Styles.Tone.WARN));
            }
            ui.overlay().show(ui, new Overlay.Spec(ID_SIGN_OUT_DIALOG, ui.t("settings.signOut.title"), body, List.of(
                    new Overlay.Action(ID_SIGN_OUT_KEEP, ui.t("settings.signOut.keep"), Overlay.Tone.SAFE, vm::keepSignedIn),
                    new Overlay.Action(ID_SIGN_OUT_CONFIRM, ui.t("settings.signOut.confirm"), Overlay.Tone.DANGER,
                            vm::signOut)),
                    vm::keepSignedIn, false));
        } else {
            ui.overlay().close(ID_SIGN_OUT_DIALOG);
        }
    }

    private void renderAccount(SettingsUiState.Content s) {
        account.getChildren().clear();
        if (s.signedInName() == null) {
            return;
        }
        Button out = ui.danger(ui.t("settings.signOut.label"), vm::askSignOut);
        out.setGraphic(ui.icon(MaterialDesignL.LOGOUT));
        out.setId(ID_SIGN_OUT);
        out.setDisable(s.signingOut());
        VBox section = Ui.section(Ui.heading(ui.t("settings.account.heading")),
                Ui.body(ui.t("settings.account.signedInAs", s.signedInName())));
        Button password = ui.row(ui.t("account.password.row"), org.kordamp.ikonli.materialdesign2.MaterialDesignL.LOCK_RESET,
                vm::changePassword, Ui.heading(ui.t("account.password.row")), Ui.muted(ui.t("account.password.rowSub")));
        password.setId(ID_PASSWORD);
        section.getChildren().add(password);
        if (s.personalDataOf() != null) {
            String text = ui.t("account.data.row", s.personalDataOf());
            Button data = ui.row(text, org.kordamp.ikonli.materialdesign2.MaterialDesignS.SHIELD_ACCOUNT,
                    vm::personalData, Ui.heading(text), Ui.muted(ui.t("account.data.rowSub")));
            data.setId(ID_PERSONAL_DATA);
            section.getChildren().add(data);
        }
        if (s.unsent() > 0) {
            Label unsent = ui.status(ui.t("settings.signOut.unsent", s.unsent()), Styles.Tone.WARN);
            unsent.setId(ID_UNSENT);
            section.getChildren().add(unsent);
        }
        section.getChildren().add(out);
        if (s.signingOut()) {
            section.getChildren().add(ui.progress(ui.t("settings.signOut.progress")));
        }
        account.getChildren().add(section);
    }

    private void renderAdvanced(SettingsUiState.Content s) {
        advanced.getChildren().clear();
        if (!s.advanced()) {
            return;
        }
        A11y.showError(server.control(), server.error(), s.serverError());
        if (s.serverError() != null) {
            Platform.runLater(server.control()::requestFocus);
        }
        serverStatus.getChildren().clear();
        if (s.serverSaved()) {
            String where = s.settings().serverAddress().isEmpty() ? ui.t("settings.server.savedDemo")
                    : ui.t("settings.server.saved", s.settings().serverAddress());
            Label saved = ui.status(where, Styles.Tone.OK);
            saved.setId(ID_SERVER_SAVED);
            serverStatus.getChildren().add(saved);
            Ui.result(saved, where);
        }
        Button save = ui.secondary(ui.t("settings.server.save"), MaterialDesignC.CHECK, vm::saveServerAddress);
        save.setId(ID_SERVER_SAVE);
        advanced.getChildren().add(Ui.section(Ui.heading(ui.t("settings.advanced.heading")),
                Ui.muted(ui.t("settings.advanced.note")), server.box(), save, serverStatus));
    }

    @Override
    public String title() {
        return ui.t(((SettingsUiState.Content) vm.state()).signedInName() == null ? "settings.title" : "settings.me.title");
    }
}
