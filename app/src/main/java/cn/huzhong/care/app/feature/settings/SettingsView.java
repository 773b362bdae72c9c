package cn.huzhong.care.app.feature.settings;

import cn.huzhong.care.app.data.AppSettings;
import cn.huzhong.care.app.shell.Screen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.i18n.Lang;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;


/**
 * Settings: language and text size as radio groups (a screen reader steps through them), high contrast and
 * reduced motion as check boxes, the server address with its own save action, and sign out.
 */
public final class SettingsView implements Screen {
    public static final String ID_LANG_ZH = "settings-lang-zh";
    public static final String ID_LANG_EN = "settings-lang-en";
    public static final String SCALE_PREFIX = "settings-scale-";
    public static final String ID_HIGH_CONTRAST = "settings-high-contrast";
    public static final String ID_REDUCED_MOTION = "settings-reduced-motion";
    public static final String ID_SERVER = "settings-server";
    public static final String ID_SERVER_ERROR = "settings-server-error";
    public static final String ID_SERVER_SAVE = "settings-server-save";
    public static final String ID_SIGN_OUT = "settings-sign-out";
    public static final String ID_UNSENT = "settings-unsent";

    private final SettingsViewModel vm;
    private final Ui ui;
    private final VBox root;
    private final Ui.Field<TextField> server;
    private final VBox serverStatus = Ui.slot();
    private final VBox account = Ui.slot();

    public SettingsView(SettingsViewModel vm, Ui ui) {
        this.vm = vm;
        this.ui = ui;
        AppSettings s = ((SettingsUiState.Content) vm.state()).settings();

        Options langs = new Options();
        RadioButton zh = radio(ui.t("settings.lang.zh"), langs, s.lang() == Lang.ZH, ID_LANG_ZH, () -> vm.setLang(Lang.ZH));
        RadioButton en = radio(ui.t("settings.lang.en"), langs, s.lang() == Lang.EN, ID_LANG_EN, () -> vm.setLang(Lang.EN));
        VBox langGroup = group(ui.t("settings.lang.heading"), zh, zh, en);

        Options scales = new Options();
        VBox scaleGroup = group(ui.t("settings.scale.heading"), null);
        RadioButton firstScale = null;
        for (double scale : AppSettings.TEXT_SCALES) {
            int percent = (int) Math.round(scale * 100);
            RadioButton r = radio(ui.t("settings.scale.option", percent), scales, scale == s.textScale(),
                    SCALE_PREFIX + percent, () -> vm.setTextScale(scale));
            if (firstScale == null) {
                firstScale = r;
                ((Label) scaleGroup.getChildren().get(0)).setLabelFor(r);
            }
            scaleGroup.getChildren().add(r);
        }
        scaleGroup.getChildren().add(Ui.muted(ui.t("settings.scale.sample")));

        CheckBox contrast = check(ui.t("settings.contrast.label"), s.highContrast(), ID_HIGH_CONTRAST);
        contrast.selectedProperty().addListener((o, a, on) -> vm.setHighContrast(on));
        CheckBox motion = check(ui.t("settings.motion.label"), s.reducedMotion(), ID_REDUCED_MOTION);
        motion.selectedProperty().addListener((o, a, on) -> vm.setReducedMotion(on));
        VBox display = Ui.section(Ui.heading(ui.t("settings.display.heading")), contrast,
                Ui.muted(ui.t("settings.contrast.help")), motion, Ui.muted(ui.t("settings.motion.help")));

        TextField address = new TextField();
        address.setId(ID_SERVER);
        address.textProperty().bindBidirectional(vm.serverAddressProperty());
        address.setPromptText("https://");
        server = ui.field(ui.t("settings.server.label"), address);
        server.error().setId(ID_SERVER_ERROR);
        server.box().getChildren().add(2, Ui.muted(ui.t("settings.server.help")));
        Button save = ui.secondary(ui.t("settings.server.save"), MaterialDesignC.CONTENT_SAVE, vm::saveServerAddress);
        save.setId(ID_SERVER_SAVE);
        address.setOnAction(e -> vm.saveServerAddress());
        VBox advanced = Ui.section(Ui.heading(ui.t("settings.advanced.heading")), server.box(), serverStatus, save);

        root = ui.screen(langGroup, scaleGroup, display, advanced, account);
        vm.stateProperty().addListener((obs, old, st) -> render((SettingsUiState.Content) st));
        render((SettingsUiState.Content) vm.state());
    }

    private VBox group(String heading, Node labelFor, Node... options) {
        Label h = Ui.heading(heading);
        if (labelFor != null) {
            h.setLabelFor(labelFor);
        }
        VBox box = Ui.section(h);
        box.getChildren().addAll(options);
        return box;
    }

    private RadioButton radio(String text, Options group, boolean selected, String id, Runnable onSelect) {
        RadioButton r = new RadioButton(text);
        // no ToggleGroup: JavaFX would let Tab reach only the selected option; the view model keeps them exclusive
        group.getToggles().add(r);
        r.setSelected(selected);
        r.setId(id);
        r.setWrapText(true);
        r.setMnemonicParsing(false);
        r.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        r.setOnAction(e -> {
            for (javafx.scene.control.Toggle other : group.getToggles()) {
                other.setSelected(other == r);
            }
            onSelect.run();
        });
        return r;
    }

    private CheckBox check(String text, boolean selected, String id) {
        CheckBox c = new CheckBox(text);
        c.setSelected(selected);
        c.setId(id);
        c.setWrapText(true);
        c.setMnemonicParsing(false);
        c.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return c;
    }

    private void render(SettingsUiState.Content s) {
        A11y.showError(server.control(), server.error(), s.serverError());
        if (s.serverError() != null) {
            Platform.runLater(server.control()::requestFocus);
        }
        serverStatus.getChildren().clear();
        if (s.serverSaved()) {
            String where = s.settings().serverAddress().isEmpty() ? ui.t("settings.server.savedDemo")
                    : ui.t("settings.server.saved", s.settings().serverAddress());
            serverStatus.getChildren().add(ui.status(where, Styles.Tone.OK));
        }
        account.getChildren().clear();
        if (s.signedInName() != null) {
            Button out = ui.secondary(ui.t("settings.signOut.label"), MaterialDesignL.LOGOUT, vm::signOut);
            out.setId(ID_SIGN_OUT);
            out.setDisable(s.signingOut());
            VBox section = Ui.section(Ui.heading(ui.t("settings.account.heading")),
                    Ui.body(ui.t("settings.account.signedInAs", s.signedInName())));
            if (s.unsent() > 0) {
                Label unsent = ui.status(ui.t("settings.signOut.unsent", s.unsent()), Styles.Tone.WARN);
                unsent.setId(ID_UNSENT);
                section.getChildren().add(unsent);
            }
            section.getChildren().add(out);
            account.getChildren().add(section);
            if (s.signingOut()) {
                account.getChildren().add(ui.progress(ui.t("settings.signOut.progress")));
            }
        }
    }

    /** The options of one choice, kept exclusive by hand (see {@link #radio}). */
    private static final class Options {
        private final java.util.List<javafx.scene.control.Toggle> toggles = new java.util.ArrayList<>();

        java.util.List<javafx.scene.control.Toggle> getToggles() {
            return toggles;
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public String title() {
        return ui.t("settings.title");
    }

    @Override
    public void dispose() {
        vm.dispose();
    }
}
