package cn.huzhong.care.app;

import cn.huzhong.care.app.data.SystemTextSize;
import cn.huzhong.care.app.platform.Platforms;
import cn.huzhong.care.app.platform.Storage;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.app.ui.Theme;
import cn.huzhong.care.app.ui.Ui;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The desktop (and, through Gluon, phone) application. Shows a start screen at once, starts the data layer and
 * (with no server configured) the embedded demo API off the FX thread, then shows the app.
 */
public final class AppMain extends Application {
    private static final Logger LOG = Logger.getLogger(AppMain.class.getName());
    public static final double WIDTH = 480;
    public static final double HEIGHT = 860;

    private App app;

    @Override
    public void start(Stage stage) {
        // the data layer starts at once, off the FX thread, while the start screen is being drawn
        java.util.concurrent.CompletableFuture<App> starting = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                    Storage storage = Platforms.storage();
                    SystemTextSize.applyOnFirstStart(storage, Platforms.systemTextScale()); // the phone's text size, once
                    App started = App.start(storage, Platforms.dialer(), Clock.systemUTC());
                    started.connectDevice(Platforms.connectivity(), Platforms.reminders(storage));
                    return started;
                }, runnable -> {
                    Thread t = new Thread(runnable, "huzhong-start");
                    t.setDaemon(true);
                    t.start();
                });
        Theme.install();
        VBox splash = new VBox();
        splash.getStyleClass().add("hz-screen");
        Scene scene = new Scene(splash, WIDTH, HEIGHT);
        Theme.apply(scene, DisplayMode.DEFAULT);
        // the language is not known before the settings are read: the start screen speaks both
        Messages zh = Messages.of(Lang.ZH);
        Messages en = Messages.of(Lang.EN);
        Label name = Ui.title(zh.get("app.name") + " · " + en.get("app.name"));
        splash.getChildren().addAll(name, new Ui(DisplayMode.DEFAULT, zh, Clock.systemUTC())
                .progress(zh.get("app.starting.text") + " " + en.get("app.starting.text")));
        stage.setTitle(zh.get("app.name") + " " + en.get("app.name"));
        stage.setScene(scene);
        stage.setMinWidth(360);
        stage.show();

        starting.whenComplete((started, error) -> {
            if (error != null) {
                LOG.log(Level.SEVERE, "the app could not start", error);
                Platform.runLater(() -> splash.getChildren().setAll(Ui.title(zh.get("app.name")),
                        Ui.body(zh.get("app.failed.text")), Ui.body(en.get("app.failed.text"))));
                return;
            }
            Platform.runLater(() -> {
                app = started;
                scene.setRoot(started.buildUi());
                Theme.apply(scene, started.displayMode());
                StartupProbe.watch(started);
            });
        });
    }

    @Override
    public void stop() {
        if (app != null) {
            app.close();
        }
    }
}
